package org.refract.service.audit;

import java.io.Serializable;
import java.time.Instant;
import org.refract.domain.audit.SecurityEventKind;

/**
 * The administrators' filters on the security log, every one optional, and the page wanted.
 *
 * @param kind only events of this kind
 * @param user only events about or by this account (exact username, case ignored)
 * @param from only events at or after this instant
 * @param to only events before this instant
 * @param first the index of the first row, from 0
 * @param size how many rows, at most 200
 */
public record SecurityEventQuery(SecurityEventKind kind, String user, Instant from, Instant to, int first, int size)
        implements Serializable {

    public SecurityEventQuery {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative.");
        }
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size must be 1 to 200.");
        }
        user = user == null || user.isBlank() ? null : user.strip().toLowerCase();
    }
}
