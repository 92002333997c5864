package org.refract.service.audit;

import java.io.Serializable;
import java.time.Instant;
import org.refract.domain.audit.SecurityEventKind;

/** One line of the security log as administrators read it. */
public record SecurityEventRow(
        long id,
        SecurityEventKind kind,
        String username,
        String actor,
        String address,
        String detail,
        Instant occurredAt)
        implements Serializable {}
