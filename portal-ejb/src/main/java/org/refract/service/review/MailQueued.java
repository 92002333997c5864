package org.refract.service.review;

/** A transaction put mail in the outbox: once it commits, {@link NotificationMailer} has it sent. */
public record MailQueued() {}
