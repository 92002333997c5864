package org.refract.service.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.refract.domain.platform.JobRun;
import org.refract.domain.platform.OutboxMail;

/**
 * The way every e-mail leaves the portal. {@link #queue} writes it to the outbox in the caller's transaction; after
 * the commit ({@link MailQueued}) and every 20 seconds ({@link MailOutboxJob}) the due messages are sent. Every
 * attempt is claimed first like the review loop's runs (a {@code job_run} row whose unique key lets one server of a
 * cluster in), in a transaction of its own that also schedules the next attempt, so a server that dies mid-send
 * leaves the message to be tried again, and two servers never send the same attempt.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {

    static final String JOB = "mail-outbox";
    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @EJB
    MailSender transport;

    @Resource
    SessionContext context;

    /**
     * Puts a message in the outbox as part of the caller's transaction; nothing when e-mail is off. It is sent soon
     * after the commit.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String to, String subject, String text) {
        if (!MailSender.isEnabled()) {
            return;
        }
        em.persist(new OutboxMail(to, subject, text, clock.instant()));
        queued.fire(new MailQueued());
    }

    /** Sends what is due on another thread (after a commit that queued mail). */
    @PermitAll
    @Asynchronous
    public void sendDueSoon() {
        sendDue();
    }

    /** Sends the messages whose attempt is due and that this server claims; answers how many went out. */
    @PermitAll
    public int sendDue() {
        if (!MailSender.isEnabled()) {
            return 0;
        }
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        int sent = 0;
        for (long id : self.dueIds()) {
            OutboxMail claimed = self.claim(id);
            if (claimed == null) {
                continue;
            }
            try {
                transport.send(claimed.getRecipient(), claimed.getSubject(), claimed.getBody());
                self.record(id, null);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.warnf(
                        "MAIL_FAILED id=%d attempt=%d next=%s: %s",
                        id, claimed.getAttempts(), claimed.getNextAttemptAt(), e.getMessage());
                self.record(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return sent;
    }

    /** The ids of the messages due now, oldest first. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds() {
        return em.createNamedQuery("OutboxMail.due", Long.class)
                .setParameter("max", OutboxMail.MAX_ATTEMPTS)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Claims the next attempt of one message for this server, or answers null when another server has it or it is
     * no longer due. The claim and the attempt's count commit together.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMail claim(long id) {
        Instant now = clock.instant();
        try {
            OutboxMail mail = em.find(OutboxMail.class, id);
            if (mail == null || !mail.isDue(now)) {
                return null;
            }
            em.persist(new JobRun(
                    JOB, "mail-" + id + "-" + (mail.getAttempts() + 1), LocalDate.now(clock), JobRuns.node(), now));
            mail.startAttempt(now);
            em.flush();
            em.detach(mail);
            return mail;
        } catch (PersistenceException taken) {
            LOG.debugf("MAIL_CLAIM_TAKEN id=%d", id);
            context.setRollbackOnly();
            return null;
        }
    }

    /** Records how an attempt ended: sent (no error), or the relay's error. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (error == null) {
            mail.sent(clock.instant());
        } else {
            mail.failed(error);
        }
    }
}
