package org.refract.service.platform;

/** A transaction put mail in the outbox: once it commits, {@link MailAfterCommit} has it sent. */
public record MailQueued() {}
