package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.web.shared.FormFeedback;
import org.refract.web.shared.Messages;

/**
 * The header card's workflow steps ({@link StatusButtons}): the steps open to the case, each confirmed first, and the
 * step a post chose. A step taken goes back to the page's address (a redirect, the confirmation in the flash), so that
 * reloading the page does not post again; a step refused (a conflict, a step the workflow does not allow) is shown in
 * the status form on the page as it was.
 */
@Named
@RequestScoped
public class CaseStatusActions {

    @Inject
    CaseService cases;

    @Inject
    CasePage page;

    @Inject
    CaseChange change;

    @Inject
    CaseFormat format;

    @Inject
    FacesContext faces;

    private final FormFeedback feedback = new FormFeedback();

    /** The steps open to the case, in the order of the workflow. */
    public List<StatusStep> getSteps() {
        CaseDetail detail = page.getDetail();
        return detail.nextStatuses().stream()
                .map(target -> new StatusStep(
                        target,
                        label(target),
                        confirmation(target),
                        format.statusIcon(target),
                        target.ordinal() < detail.status().ordinal()))
                .toList();
    }

    /**
     * Moves the case to {@code target} on the version the page showed.
     *
     * @return the page's address to redirect to when the step was taken; null when it was refused (the reason is in
     *     {@link #getFeedback()})
     */
    public String moveTo(CaseStatus target) {
        boolean moved = change.run(
                feedback,
                (id, version) -> cases.changeStatus(id, version, target),
                "case.status.changed",
                page.getDetail().pseudonym(),
                Messages.text(faces, "case.status." + target.name()));
        if (!moved) {
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return page.getRedirect();
    }

    /** "Submit for review", "Withdraw to draft", "Reopen for review"...: the step named from where the case is. */
    private String label(CaseStatus target) {
        return Messages.firstText(
                faces,
                "case.action." + page.getDetail().status().name() + "." + target.name(),
                "case.action." + target.name());
    }

    /** What the confirmation dialog says will happen. */
    private String confirmation(CaseStatus target) {
        return Messages.text(
                faces,
                "case.action.confirm",
                page.getDetail().pseudonym(),
                Messages.text(faces, "case.status." + page.getDetail().status().name()),
                Messages.text(faces, "case.status." + target.name()),
                Messages.text(faces, "case.action.effect." + target.name()));
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
