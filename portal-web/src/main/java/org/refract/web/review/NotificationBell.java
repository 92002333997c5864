package org.refract.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.refract.service.review.NotificationService;
import org.refract.web.shared.Messages;

/** The header's notification bell: the caller's unread count, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** "Notifications, 3 unread" for screen readers (the badge alone is just a number). */
    public String getLabel() {
        return Messages.text(FacesContext.getCurrentInstance(), "notifications.bell", getUnread());
    }
}
