package org.refract.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.omnifaces.util.Components;
import org.refract.domain.shared.DomainException;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * The one way a backing bean runs a service call for a form. A refusal becomes messages beside the form that sent
 * it, and nothing the user typed is cleared (inputs are not marked invalid: an invalid input renders its submitted
 * value, which is gone by now):
 *
 * <ul>
 *   <li>field errors ({@link InvalidRequestException}, {@link InvalidInputException}) go next to the input of that
 *       field, found by the view's field path ({@link FieldMessages#PATH}) or, for pages with several forms of the
 *       same fields, by id inside the submitting form;
 *   <li>a {@link ConflictException} (someone saved first) goes where {@link #conflicts} says, naming who and when
 *       when the bean asks for {@link #conflictNaming};
 *   <li>any other refusal ({@link DomainException}, {@link NotFoundException}, {@link AccessDeniedException}) goes
 *       where {@link #problems} says; without such a place it propagates to the error page as before.
 * </ul>
 *
 * Every refusal marks the request as failed validation, so dialogs stay open ({@code args.validationFailed}). The
 * caller confirms success itself, because the confirmation usually names what the call returned.
 */
public final class FormAction {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FacesContext faces;
    private UnaryOperator<String> fieldPaths = UnaryOperator.identity();
    private UnaryOperator<String> formInputIds;
    private Consumer<String> conflicts;
    private String conflictKey;
    private UnaryOperator<String> names = UnaryOperator.identity();
    private Consumer<String> problems;

    private FormAction(FacesContext faces) {
        this.faces = Objects.requireNonNull(faces, "A Faces request is required.");
    }

    /** An action in the current Faces request. */
    public static FormAction of(FacesContext faces) {
        return new FormAction(faces);
    }

    public static FormAction current() {
        return of(FacesContext.getCurrentInstance());
    }

    /**
     * Maps a service field name to the view's field path ({@code startsAt} shown at {@code date}); a null path puts
     * the message at the top of the page.
     */
    public FormAction fields(UnaryOperator<String> paths) {
        this.fieldPaths = Objects.requireNonNull(paths);
        return this;
    }

    /**
     * For screens with several forms whose fields share names: the view names each form's fields under a prefix
     * ({@code proposal.therapy}, {@code recommendation.therapy}), so the same service field lands beside the input
     * of the form that sent it.
     */
    public FormAction fieldsUnder(String prefix) {
        return fields(field -> prefix + "." + field);
    }

    /**
     * Places field errors by input id inside the submitting form ({@code value}, {@code date}, ...), for pages that
     * repeat the same form; an error without such an input goes to {@link #problems}.
     */
    public FormAction fieldsInSubmittingForm(UnaryOperator<String> inputIds) {
        this.formInputIds = Objects.requireNonNull(inputIds);
        return this;
    }

    /** Where a conflict is shown; by default its text is the service's message. */
    public FormAction conflicts(Consumer<String> target) {
        this.conflicts = Objects.requireNonNull(target);
        return this;
    }

    /**
     * The conflict text from the bundle, with the display name of who saved first ({0}) and when ({1}).
     *
     * @param displayNames turns the username of the conflict into the name users know
     */
    public FormAction conflictNaming(String key, UnaryOperator<String> displayNames) {
        this.conflictKey = Objects.requireNonNull(key);
        this.names = Objects.requireNonNull(displayNames);
        return this;
    }

    /** Where a refusal that belongs to no field is shown (the service's message). */
    public FormAction problems(Consumer<String> target) {
        this.problems = Objects.requireNonNull(target);
        return this;
    }

    /** Shows a refusal that belongs to no field as a page message from the bundle, with the service's message as {0}. */
    public FormAction problemsAs(String key) {
        return problems(message -> Messages.addGlobalError(faces, key, message));
    }

    /** Runs a call that returns nothing; whether it succeeded. */
    public boolean run(Runnable action) {
        return call(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs a call; its (non-null) result, or empty when it was refused and the refusal is shown. */
    public <T> Optional<T> call(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (ConflictException e) {
            if (conflicts == null && problems == null) {
                throw e;
            }
            String text = conflictKey == null
                    ? e.getMessage()
                    : Messages.text(
                            faces,
                            conflictKey,
                            names.apply(e.getSavedBy()),
                            e.getSavedAt() == null ? "" : TIME.format(e.getSavedAt()));
            (conflicts == null ? problems : conflicts).accept(text);
        } catch (InvalidRequestException e) {
            showFields(e.getErrors());
        } catch (InvalidInputException e) {
            showFields(List.of(new FieldError(e.field(), e.getMessage())));
        } catch (DomainException | NotFoundException | AccessDeniedException e) {
            if (problems == null) {
                throw e;
            }
            problems.accept(e.getMessage());
        }
        faces.validationFailed();
        return Optional.empty();
    }

    private void showFields(List<FieldError> errors) {
        if (formInputIds != null) {
            errors.forEach(this::showInSubmittingForm);
            return;
        }
        Map<String, String> inputs = FieldMessages.clientIdsByPath(faces);
        for (FieldError error : errors) {
            String path = error.field() == null ? null : fieldPaths.apply(error.field());
            addError(path == null ? null : inputs.get(path), error.message());
        }
    }

    private void showInSubmittingForm(FieldError error) {
        UIForm form = Components.getCurrentForm();
        String id = error.field() == null ? null : formInputIds.apply(error.field());
        UIComponent input = id == null || form == null ? null : form.findComponent(id);
        if (input != null) {
            addError(input.getClientId(faces), error.message());
        } else if (problems != null) {
            problems.accept(error.message());
        } else {
            addError(null, error.message());
        }
    }

    private void addError(String clientId, String message) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
