package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.FormFeedback;
import org.refract.web.shared.Messages;

/**
 * Runs one change of the open case through {@link FormAction} with the version the page holds. The case tabs repeat
 * the same fields in several forms, so field errors go next to the input whose id is the service's field name
 * ({@code value}, {@code date}, ...) inside the submitting form; a conflict names who saved first, and nothing typed
 * is cleared, so that the user can reload the case and save again.
 */
@RequestScoped
public class CaseChange {

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
        boolean saved = FormAction.of(faces)
                .fieldsInSubmittingForm(fieldIds)
                .conflicts(feedback::conflict)
                .conflictNaming("case.conflict", page::personName)
                .problems(feedback::problem)
                .run(() -> change.apply(page.getId(), page.getVersion()));
        if (saved) {
            page.refresh();
            Messages.addGlobalInfo(faces, successKey, arguments);
        }
        return saved;
    }

    public boolean run(FormFeedback feedback, Change change, String successKey, Object... arguments) {
        return run(feedback, change, UnaryOperator.identity(), successKey, arguments);
    }
}
