package org.refract.service.review;

import java.time.LocalDate;

/** An action item of a recommendation, as lists and the dashboard show it. */
public record ActionRow(
        long id,
        String description,
        String ownerUsername,
        String ownerName,
        LocalDate dueDate,
        boolean done,
        boolean overdue,
        String pseudonym,
        long caseId)
        implements java.io.Serializable {}
