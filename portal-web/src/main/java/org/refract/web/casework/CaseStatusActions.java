package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.CaseService;
import org.refract.web.shared.FormFeedback;
import org.refract.web.shared.Messages;

/** The status buttons of the header card: the workflow steps open to the case, each confirmed first. */
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
    FacesContext faces;

    private final FormFeedback feedback = new FormFeedback();

    public void moveTo(CaseStatus target) {
        change.run(
                feedback,
                (id, version) -> cases.changeStatus(id, version, target),
                "case.status.changed",
                page.getDetail().pseudonym(),
                Messages.text(faces, "case.status." + target.name()));
    }

    /** "Submit for review", "Withdraw to draft", "Reopen for review"...: the step named from where the case is. */
    public String label(CaseStatus target) {
        return Messages.firstText(
                faces,
                "case.action." + page.getDetail().status().name() + "." + target.name(),
                "case.action." + target.name());
    }

    /** What the confirmation dialog says will happen. */
    public String confirmation(CaseStatus target) {
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
