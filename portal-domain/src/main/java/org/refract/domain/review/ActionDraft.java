package org.refract.domain.review;

import java.time.LocalDate;
import org.refract.domain.identity.UserAccount;

/** An action item as the team writes it into a recommendation. */
public record ActionDraft(String description, UserAccount owner, LocalDate dueDate) {}
