package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.review.ReviewAccounts.PHARMACIST;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.arquillian.FreshDeployment;
import org.refract.domain.platform.JobRun;
import org.refract.domain.platform.OutboxMail;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.api.ApiClient;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;
import org.refract.service.platform.MailOutbox;
import org.refract.service.platform.MailSender;
import org.refract.service.review.DiscussionService;
import org.refract.service.review.NotificationService;

/**
 * E-mail through the server's mail session (configure-mail.cli), caught by a GreenMail SMTP server running inside
 * the test server on the port the session points at (it.smtp.port). Only people who asked for e-mail get one, and a
 * mail server that is down neither fails nor undoes the comment that caused the notification.
 */
@FreshDeployment
@ExtendWith(ArquillianExtension.class)
class MailNotificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    DiscussionService discussion;

    @EJB
    NotificationService notifications;

    @EJB
    MailOutbox outbox;

    @Resource(lookup = "java:jboss/mail/Refract")
    Session mailSession;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    GreenMail smtp;
    long caseId;

    @BeforeEach
    void mailOnAndACase() throws Exception {
        System.setProperty(MailSender.ENABLED, "true");
        smtp = new GreenMail(
                new ServerSetup(Integer.getInteger("refract.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        caseId = as.call(
                        PULMONOLOGIST,
                        () -> cases.create(new NewCase(
                                new PatientRequest(null, 1971, "M"),
                                "severe-asthma",
                                "respiratory",
                                null,
                                "For the e-mail test",
                                List.of(),
                                List.of(),
                                List.of())))
                .id();
    }

    @AfterEach
    void mailOff() throws Exception {
        System.clearProperty(MailSender.ENABLED);
        if (smtp != null) {
            smtp.stop();
        }
        as.call(PHARMACIST, () -> notifications.changePreference(null, false));
    }

    @Test
    void aMentionIsEmailedToAVerifiedAddressWithoutClinicalText() throws Exception {
        as.call(PHARMACIST, () -> notifications.changePreference("pharmacist@example.org", true));
        String token = verificationToken(1);
        as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "@resp.pharm before verifying: no mail"));
        Thread.sleep(1500);
        assertEquals(1, smtp.getReceivedMessages().length, "nothing but the verification goes to an unproved address");

        assertFalse(as.call(PHARMACIST, () -> notifications.verifyEmail("forged-" + token)), "a wrong token");
        assertFalse(as.call(PULMONOLOGIST, () -> notifications.verifyEmail(token)), "someone else's link");
        PortalSession pharmacist =
                PortalSession.logIn(PortalSession.portalOfThisServer(), PHARMACIST, "refract-demo-2026");
        String page = pharmacist.get("notifications.xhtml?verify=" + token).body();
        assertTrue(page.contains("Your e-mail address is confirmed"), "the link of the mail, followed when logged in");
        assertTrue(as.call(PHARMACIST, () -> notifications.preference()).emailVerified());
        assertTrue(pharmacist.get("notifications.xhtml?verify=" + token).body().contains("not valid"), "used once");

        as.call(
                PULMONOLOGIST,
                () -> discussion.post(caseId, null, "@resp.pharm and @resp.nurse: refills of prednisolone?"));
        assertTrue(smtp.waitForIncomingEmail(15_000, 2), "an e-mail arrives");
        Thread.sleep(500);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length, "the coordinator asked for no e-mail");
        MimeMessage mail = received[1];
        assertEquals("pharmacist@example.org", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Refract: you were mentioned in a case discussion", mail.getSubject());
        String body = ((String) mail.getContent()).strip();
        assertTrue(body.contains("You were mentioned in the discussion of case P-"), body);
        assertFalse(
                body.contains("prednisolone") || body.contains("refills"), "no clinical text leaves by mail: " + body);
        assertTrue(
                body.contains("https://refract.test/portal/cases/case.xhtml?id=" + caseId + "&tab=discussion"),
                "a link to follow from the mail, at the portal's address (-Drefract.portal.url): " + body);
    }

    @Test
    void mailQueuedWhileTheRelayIsDownIsSentOnceItIsBack() throws Exception {
        verifiedPharmacist();
        smtp.stop();

        as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "@resp.pharm while the relay is down"));
        OutboxMail waiting = waitForFailedAttempt();
        assertTrue(waiting.getSentAt().isEmpty());
        assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "the next attempt waits");

        smtp = new GreenMail(
                new ServerSetup(Integer.getInteger("refract.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        setDue(waiting.getId()); // as if the wait had passed, or the server had restarted meanwhile
        outbox.sendDue(); // or the timer, whichever claims the attempt first
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        outbox.sendDue();
        Thread.sleep(500);
        assertEquals(1, smtp.getReceivedMessages().length, "sent once");
        em.clear();
        assertTrue(em.find(OutboxMail.class, waiting.getId()).getSentAt().isPresent());
    }

    @Test
    void anAttemptAnotherServerClaimedIsNotMadeAgain() throws Exception {
        verifiedPharmacist();
        smtp.stop();
        as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "@resp.pharm claimed elsewhere"));
        OutboxMail waiting = waitForFailedAttempt();
        tx.begin(); // the other server's claim, made before the attempt is due here
        em.persist(new JobRun(
                "mail-outbox",
                "mail-" + waiting.getId() + "-" + (waiting.getAttempts() + 1),
                LocalDate.now(),
                "other",
                Instant.now()));
        tx.commit();
        setDue(waiting.getId());
        assertNull(outbox.claim(waiting.getId()), "the other server's claim of this attempt stands");
    }

    @Test
    void anAddressAnAdministratorSetIsVerifiedByItsOwnerToo() throws Exception {
        HttpResponse<String> put = ApiClient.as(
                        new URL(PortalSession.portalOfThisServer().toString()), "admin", "refract-demo-2026")
                .put("users/" + PHARMACIST, "{\"email\": \"pharmacist@example.org\"}");
        assertEquals(200, put.statusCode(), put.body());
        String token = verificationToken(1);
        assertFalse(as.call(PHARMACIST, () -> notifications.preference()).emailVerified());
        assertTrue(as.call(PHARMACIST, () -> notifications.verifyEmail(token)));
    }

    @Test
    void theRelayIsReachedWithTimeoutsAndOptionalStartTls() {
        assertEquals("10000", mailSession.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("10000", mailSession.getProperty("mail.smtp.timeout"));
        assertEquals("10000", mailSession.getProperty("mail.smtp.writetimeout"));
        assertEquals("false", mailSession.getProperty("mail.smtp.starttls.required"), "off in the tests, see README");
        assertEquals("true", mailSession.getProperty("mail.smtp.ssl.checkserveridentity"));
    }

    /** The pharmacist asks for e-mail and follows the link of the verification mail. */
    private void verifiedPharmacist() throws Exception {
        as.call(PHARMACIST, () -> notifications.changePreference("pharmacist@example.org", true));
        String token = verificationToken(1);
        assertTrue(as.call(PHARMACIST, () -> notifications.verifyEmail(token)));
    }

    /** The token of the n-th verification mail GreenMail received. */
    private String verificationToken(int n) throws Exception {
        assertTrue(smtp.waitForIncomingEmail(15_000, n), "a verification e-mail arrives");
        MimeMessage mail = smtp.getReceivedMessages()[n - 1];
        assertEquals("Refract: confirm your e-mail address", mail.getSubject());
        Matcher link = Pattern.compile("notifications\\.xhtml\\?verify=([A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());
        return link.group(1);
    }

    private OutboxMail waitForFailedAttempt() throws Exception {
        for (int i = 0; i < 100; i++) {
            List<OutboxMail> failed = em.createQuery(
                            "select m from OutboxMail m where m.sentAt is null and m.attempts > 0 order by m.id desc",
                            OutboxMail.class)
                    .getResultList();
            if (!failed.isEmpty() && failed.get(0).getLastError().isPresent()) {
                return failed.get(0);
            }
            Thread.sleep(100);
            em.clear();
        }
        throw new AssertionError("no failed attempt recorded");
    }

    private void setDue(long id) throws Exception {
        tx.begin();
        em.createQuery("update OutboxMail m set m.nextAttemptAt = :now where m.id = :id")
                .setParameter("now", Instant.now().minusSeconds(1))
                .setParameter("id", id)
                .executeUpdate();
        tx.commit();
    }

    @Test
    void aMailServerThatIsDownDoesNotUndoTheComment() throws Exception {
        smtp.stop();
        smtp = null;
        as.call(PHARMACIST, () -> notifications.changePreference("pharmacist@example.org", true));
        long before = as.call(PHARMACIST, () -> notifications.unreadCount());
        long started = System.nanoTime();
        as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "@resp.pharm while the relay is down"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "posting did not wait for the mail server (" + millis + " ms)");
        assertEquals(1, as.call(PULMONOLOGIST, () -> discussion.thread(caseId)).size());
        assertEquals(before + 1, as.call(PHARMACIST, () -> notifications.unreadCount()), "notified in the portal");
    }
}
