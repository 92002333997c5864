package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.omnifaces.util.Components;
import org.refract.domain.shared.DomainException;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.Messages;

/**
 * Runs one change of the open case and turns a refusal into messages beside the form that sent it. Field errors go
 * next to the input whose id is the service's field name ({@code value}, {@code date}, ...); nothing the user typed
 * is cleared (the inputs are not marked invalid, because an invalid input shows its submitted value, which is gone
 * by now), so that after a conflict they can reload the case and save again.
 */
@RequestScoped
public class CaseChange {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Inject
    CasePage page;

    @Inject
    FacesContext faces;

    /** A change of the case that needs the version the page holds. */
    @FunctionalInterface
    public interface Change {
        void apply(long caseId, long version);
    }

    /**
     * Applies the change; on success reads the case again and confirms with a toast.
     *
     * @param fieldIds maps a service field name to the id of its input in the submitting form; null shows the
     *        message above the form instead
     * @return whether the change was saved
     */
    public boolean run(
            FormFeedback feedback,
            Change change,
            UnaryOperator<String> fieldIds,
            String successKey,
            Object... arguments) {
        feedback.clear();
        try {
            change.apply(page.getId(), page.getVersion());
        } catch (ConflictException e) {
            feedback.conflict(Messages.text(
                    faces,
                    "case.conflict",
                    page.personName(e.getSavedBy()),
                    e.getSavedAt() == null ? "" : TIME.format(e.getSavedAt())));
            faces.validationFailed();
            return false;
        } catch (InvalidRequestException e) {
            e.getErrors().forEach(error -> fieldError(feedback, error, fieldIds));
            faces.validationFailed();
            return false;
        } catch (InvalidInputException e) {
            fieldError(feedback, new FieldError(e.field(), e.getMessage()), fieldIds);
            faces.validationFailed();
            return false;
        } catch (DomainException | NotFoundException e) {
            feedback.problem(e.getMessage());
            faces.validationFailed();
            return false;
        }
        page.refresh();
        Messages.addGlobalInfo(faces, successKey, arguments);
        return true;
    }

    public boolean run(FormFeedback feedback, Change change, String successKey, Object... arguments) {
        return run(feedback, change, UnaryOperator.identity(), successKey, arguments);
    }

    private void fieldError(FormFeedback feedback, FieldError error, UnaryOperator<String> fieldIds) {
        UIForm form = Components.getCurrentForm();
        String id = error.field() == null ? null : fieldIds.apply(error.field());
        UIComponent input = id == null || form == null ? null : form.findComponent(id);
        if (input == null) {
            feedback.problem(error.message());
            return;
        }
        faces.addMessage(
                input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
    }
}
