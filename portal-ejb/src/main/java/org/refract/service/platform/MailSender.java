package org.refract.service.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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

/**
 * Hands one e-mail to the mail relay through the server's mail session ({@code java:jboss/mail/Refract}: relay,
 * STARTTLS and timeouts set by server-config's configure-mail.cli), outside any transaction. Only {@link MailOutbox}
 * calls it. E-mail is off unless the server runs with {@value #ENABLED}=true: the session exists everywhere, but a
 * mail relay only where one is configured.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    /** System property that switches e-mail on (read at every send, so it can be flipped on a running server). */
    public static final String ENABLED = "refract.mail.enabled";

    @Resource(lookup = "java:jboss/mail/Refract")
    Session session;

    public static boolean isEnabled() {
        return Boolean.parseBoolean(System.getProperty(ENABLED, "false"));
    }

    /** Sends one plain-text message; throws when the relay refuses it or cannot be reached in time. */
    @PermitAll
    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
