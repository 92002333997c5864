package org.refract.service.review;

import java.io.Serializable;
import java.util.List;

/** E-mails that a committed change owes its recipients: sent after the commit, never inside it. */
public record OutgoingMail(List<Message> messages) implements Serializable {

    /** One plain-text e-mail. */
    public record Message(String to, String subject, String text) implements Serializable {}
}
