package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.refract.service.review.NotificationPreferenceDetail;
import org.refract.service.review.NotificationRow;
import org.refract.service.review.NotificationService;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/** {@code /notifications.xhtml}: the caller's notifications, marking them read, and the e-mail preference. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The inbox shows the newest this many. */
    static final int SHOWN = 100;

    @Inject
    NotificationService notifications;

    private List<NotificationRow> rows;
    private String email;
    private boolean emailEnabled;
    private boolean mailConfigured;
    private boolean emailVerified;
    private boolean justVerified;

    /** Loads the page; with {@code ?verify=} (the link of a verification mail) verifies the address first. */
    public void open() {
        if (rows == null) {
            String verificationToken = Faces.getRequestParameter("verify");
            if (verificationToken != null && !verificationToken.isBlank()) {
                boolean verified = notifications.verifyEmail(verificationToken);
                FacesContext faces = FacesContext.getCurrentInstance();
                if (verified) {
                    justVerified = true;
                } else {
                    Messages.addGlobalError(faces, "notifications.email.verifyFailed");
                }
            }
            load();
            NotificationPreferenceDetail preference = notifications.preference();
            email = preference.email();
            emailEnabled = preference.emailEnabled();
            mailConfigured = preference.mailConfigured();
            emailVerified = preference.emailVerified();
        }
    }

    /** Marks it read and follows its link (to the case or the meeting). */
    public void openNotification(long id) throws IOException {
        NotificationRow row;
        try {
            row = notifications.markRead(id);
        } catch (NotFoundException e) {
            load();
            return;
        }
        Faces.redirect(link(row));
    }

    public void markRead(long id) {
        try {
            notifications.markRead(id);
        } catch (NotFoundException e) {
            // Gone meanwhile: the reload below shows what is left.
        }
        load();
    }

    public void markAllRead() {
        int count = notifications.markAllRead();
        load();
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "notifications.allRead", count);
    }

    public void savePreference() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .call(() -> notifications.changePreference(email, emailEnabled))
                .ifPresent(saved -> {
                    email = saved.email();
                    emailEnabled = saved.emailEnabled();
                    emailVerified = saved.emailVerified();
                    Messages.addGlobalInfo(
                            faces,
                            saved.email() != null && !saved.emailVerified()
                                    ? "notifications.preference.savedVerify"
                                    : "notifications.preference.saved");
                });
    }

    /** The page a notification leads to: its case (the discussion, for a mention) or its meeting. */
    public static String link(NotificationRow row) {
        if (row.caseId() != null) {
            return "cases/case.xhtml?id=" + row.caseId() + ("MENTION".equals(row.kind()) ? "&tab=discussion" : "");
        }
        return row.meetingId() != null ? "meetings/meeting.xhtml?id=" + row.meetingId() : "notifications.xhtml";
    }

    private void load() {
        rows = notifications.latest(SHOWN);
    }

    public List<NotificationRow> getRows() {
        return rows;
    }

    public boolean isAnyUnread() {
        return rows.stream().anyMatch(r -> !r.read());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }

    public boolean isMailConfigured() {
        return mailConfigured;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    /** True on the page a verification link opened, when it verified the address. */
    public boolean isJustVerified() {
        return justVerified;
    }
}
