package org.refract.service.review;

import java.time.LocalDate;

/** An action item as the recommendation form sends it. */
public record ActionRequest(String description, String ownerUsername, LocalDate dueDate)
        implements java.io.Serializable {}
