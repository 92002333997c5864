package org.refract.web.casework;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.FacesEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.refract.domain.casework.CaseStatus;
import org.refract.web.shared.Markup;
import org.refract.web.shared.Messages;
import org.refract.web.shared.OnePassOutput;

/**
 * The header card's workflow steps ({@code <r:statusButtons id="move" actions="#{caseStatusActions}"/>} inside the
 * status form): a submit button per step open to the case, named by the component ({@code status-form:move}) and
 * valued by the target status, and the one dialog that asks to confirm a step ({@code refract/js/status-steps.js}
 * opens it and submits the form with the chosen button). On a post that names a step, the step is taken in the
 * application phase ({@link CaseStatusActions#moveTo}), and a step taken goes back to the page's address.
 * <p>
 * Issue 16: as PrimeFaces command buttons with a confirmation behaviour in a repeat, the steps cost a component, a
 * widget script and a nonced click handler each, and the global confirmation dialog its own widget, on every case
 * page: a tenth of the Overview's CPU, for two buttons. Written here in one pass, the Overview and the History tab use
 * no PrimeFaces component at all and load none of its scripts.
 */
@FacesComponent(StatusButtons.TYPE)
public class StatusButtons extends OnePassOutput {

    public static final String TYPE = "org.refract.web.casework.StatusButtons";

    /** The ids of the confirmation dialog's parts, which status-steps.js and the tests look for. */
    static final String DIALOG_ID = "status-confirm";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        context.getResponseWriter()
                .write(markup(
                        getClientId(context),
                        actions().getSteps(),
                        Messages.text(context, "common.cancel"),
                        Messages.text(context, "common.confirm")));
    }

    /** A post of the status form names the chosen step under the component's client id. */
    @Override
    public void decode(FacesContext context) {
        String value = context.getExternalContext().getRequestParameterMap().get(getClientId(context));
        target(value).ifPresent(target -> {
            ActionEvent event = new StepChosen(this, target);
            event.setPhaseId(PhaseId.INVOKE_APPLICATION);
            queueEvent(event);
        });
    }

    @Override
    public void broadcast(FacesEvent event) {
        if (!(event instanceof StepChosen chosen)) {
            return;
        }
        FacesContext context = getFacesContext();
        String outcome = actions().moveTo(chosen.target);
        if (outcome != null) {
            context.getApplication().getNavigationHandler().handleNavigation(context, null, outcome);
        }
        context.renderResponse();
    }

    /** The status a posted value names; none for a value that names no status (a forged post, say). */
    static Optional<CaseStatus> target(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CaseStatus.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The buttons and, when there is at least one, the confirmation dialog. Each button carries what its dialog says;
     * a step back (to an earlier status) is outlined, a step forward filled.
     */
    static String markup(String name, List<StatusStep> steps, String cancel, String confirm) {
        if (steps.isEmpty()) {
            return "";
        }
        Markup out = new Markup(1024 + steps.size() * 512);
        for (StatusStep step : steps) {
            String target = step.target().name();
            out.start("button")
                    .attribute("type", "submit")
                    .attribute("name", name)
                    .attribute("value", target)
                    .attribute(
                            "class",
                            BUTTON + " ui-button-text-icon-left status-action"
                                    + (step.back() ? " ui-button-outlined" : ""))
                    .attribute("data-target", target)
                    .attribute("data-confirm-title", step.label())
                    .attribute("data-confirm-message", step.confirmation())
                    .attribute("aria-haspopup", "dialog")
                    .start("span")
                    .attribute("class", "ui-button-icon-left ui-icon ui-c pi " + step.icon())
                    .attribute("aria-hidden", "true")
                    .end("span")
                    .start("span")
                    .attribute("class", "ui-button-text ui-c")
                    .text(step.label())
                    .end("span")
                    .end("button");
        }
        dialog(out, cancel, confirm);
        return out.toString();
    }

    private static final String BUTTON = "ui-button ui-widget ui-state-default ui-corner-all";

    private static void dialog(Markup out, String cancel, String confirm) {
        out.start("dialog")
                .attribute("id", DIALOG_ID)
                .attribute("class", "confirm-dialog")
                .attribute("aria-labelledby", DIALOG_ID + "-title")
                .attribute("aria-describedby", DIALOG_ID + "-message")
                .start("div")
                .attribute("class", "confirm-dialog-body")
                .start("i")
                .attribute("class", "pi pi-question-circle")
                .attribute("aria-hidden", "true")
                .end("i")
                .start("div")
                .start("h2")
                .attribute("id", DIALOG_ID + "-title")
                .attribute("class", "confirm-dialog-title")
                .end("h2")
                .start("p")
                .attribute("id", DIALOG_ID + "-message")
                .end("p")
                .end("div")
                .end("div")
                .start("div")
                .attribute("class", "confirm-dialog-actions");
        dialogButton(out, DIALOG_ID + "-no", BUTTON + " ui-button-text-only ui-button-outlined", cancel);
        dialogButton(out, DIALOG_ID + "-yes", BUTTON + " ui-button-text-only", confirm);
        out.end("div").end("dialog");
    }

    private static void dialogButton(Markup out, String id, String styleClass, String label) {
        out.start("button")
                .attribute("type", "button")
                .attribute("id", id)
                .attribute("class", styleClass)
                .start("span")
                .attribute("class", "ui-button-text ui-c")
                .text(label)
                .end("span")
                .end("button");
    }

    private CaseStatusActions actions() {
        return (CaseStatusActions) getAttributes().get("actions");
    }

    /** The step a post chose, handled in the application phase. */
    private static final class StepChosen extends ActionEvent {

        private static final long serialVersionUID = 1L;

        private final transient CaseStatus target;

        StepChosen(StatusButtons source, CaseStatus target) {
            super(source);
            this.target = target;
        }
    }
}
