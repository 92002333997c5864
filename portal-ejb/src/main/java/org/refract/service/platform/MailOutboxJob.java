package org.refract.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

/**
 * The outbox's timer: every 20 seconds, on every server of a cluster (not persistent, so no shared timer store), it
 * sends what is due; the claim of each attempt lets one server make it. Retries and mail queued while the relay was
 * down go out this way, also after a restart.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutboxJob {

    private static final Logger LOG = Logger.getLogger(MailOutboxJob.class);

    @EJB
    MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = MailOutbox.JOB)
    @PermitAll
    public void sendDue() {
        try {
            outbox.sendDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "MAIL_OUTBOX_FAILED");
        }
    }
}
