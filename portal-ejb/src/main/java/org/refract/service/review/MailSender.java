package org.refract.service.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notification e-mails through the server's mail session ({@code java:jboss/mail/Refract}, configured by
 * server-config's configure-mail.cli), on its own thread and outside any transaction. Off unless the server runs with
 * {@value #ENABLED}=true: the session exists everywhere, but a mail relay only where one is configured. A failed
 * send is logged and dropped; the notification in the portal stays.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    /** System property that switches e-mail on (read at every send, so it can be flipped on a running server). */
    public static final String ENABLED = "refract.mail.enabled";

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/Refract")
    Session session;

    public static boolean isEnabled() {
        return Boolean.parseBoolean(System.getProperty(ENABLED, "false"));
    }

    @Asynchronous
    public void send(OutgoingMail mail) {
        if (!isEnabled()) {
            return;
        }
        for (OutgoingMail.Message m : mail.messages()) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom();
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to(), true));
                message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
                message.setText(m.text(), StandardCharsets.UTF_8.name());
                message.setSentDate(new Date());
                Transport.send(message);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Notification e-mail to " + m.to() + " not sent: " + e.getMessage());
            }
        }
    }
}
