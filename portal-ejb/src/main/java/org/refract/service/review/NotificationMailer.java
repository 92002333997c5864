package org.refract.service.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hands the e-mails of a committed change to the asynchronous {@link MailSender}. Runs only after a successful
 * commit: a change that rolls back sends nothing, and sending happens on another thread.
 */
@ApplicationScoped
public class NotificationMailer {

    @EJB
    MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        sender.send(mail);
    }
}
