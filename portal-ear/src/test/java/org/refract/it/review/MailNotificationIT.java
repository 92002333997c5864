package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.review.ReviewAccounts.PHARMACIST;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;
import org.refract.service.review.DiscussionService;
import org.refract.service.review.MailSender;
import org.refract.service.review.NotificationService;

/**
 * E-mail through the server's mail session (configure-mail.cli), caught by a GreenMail SMTP server running inside
 * the test server on the port the session points at (it.smtp.port). Only people who asked for e-mail get one, and a
 * mail server that is down neither fails nor undoes the comment that caused the notification.
 */
@ExtendWith(ArquillianExtension.class)
class MailNotificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(GreenMail.class);
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    DiscussionService discussion;

    @EJB
    NotificationService notifications;

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
    void aMentionIsEmailedToWhoAskedForIt() throws Exception {
        as.call(PHARMACIST, () -> notifications.changePreference("pharmacist@example.org", true));
        as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "@resp.pharm and @resp.nurse: refills?"));

        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "an e-mail arrives");
        Thread.sleep(500);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "the coordinator asked for no e-mail");
        MimeMessage mail = received[0];
        assertEquals("pharmacist@example.org", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Refract: you were mentioned in a case discussion", mail.getSubject());
        String body = ((String) mail.getContent()).strip();
        assertTrue(body.contains("mentioned you on P-"), body);
        assertTrue(
                body.contains("https://refract.test/portal/cases/case.xhtml?id=" + caseId + "&tab=discussion"),
                "a link to follow from the mail, at the portal's address (-Drefract.portal.url): " + body);
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
