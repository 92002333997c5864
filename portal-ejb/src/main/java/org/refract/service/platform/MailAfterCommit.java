package org.refract.service.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Sends the outbox soon after a commit that queued mail, on another thread, so the clinical change never waits for
 * the mail relay. A change that rolls back queued nothing; what the relay refuses now the outbox retries later.
 */
@ApplicationScoped
public class MailAfterCommit {

    @EJB
    MailOutbox outbox;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        outbox.sendDueSoon();
    }
}
