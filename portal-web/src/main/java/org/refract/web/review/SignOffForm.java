package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.refract.service.review.RecommendationService;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * The end of a case's recommendation on the meeting-mode screen: the chair's sign-off with the password re-entered
 * (in a dialog that stays open on a refusal) and, once signed, dated addenda. The draft itself is
 * {@link RecommendationForm}'s.
 */
@Named
@ViewScoped
public class SignOffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService recommendations;

    @Inject
    MeetingCaseBacking page;

    private String password;
    private String signProblem;
    private String addendum;

    /**
     * The chair signs after re-entering the password. A wrong password shows beside the password field; a meeting
     * without quorum (or any other broken rule) above it, in the dialog; nothing is signed either way.
     */
    public void signOff() {
        signProblem = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        String typed = password;
        password = null;
        FormAction.of(faces)
                .fieldsUnder("signOff")
                .problems(text -> signProblem = text)
                .call(() -> recommendations.signOff(
                        page.getMeeting().id(), page.getItem().item().itemId(), typed))
                .ifPresent(signed -> {
                    page.replace(signed);
                    Messages.addGlobalInfo(faces, "review.signOff.done");
                });
    }

    public void saveAddendum() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .fieldsUnder("addendum")
                .problemsAs("meetings.refused")
                .call(() -> recommendations.addAddendum(
                        page.getMeeting().id(), page.getItem().item().itemId(), addendum))
                .ifPresent(added -> {
                    page.replace(added);
                    addendum = null;
                    Messages.addGlobalInfo(faces, "review.addendum.saved");
                });
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSignProblem() {
        return signProblem;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }
}
