package org.refract.service.shared;

import java.time.Instant;

/** Someone else saved the same record first; names who and when so the user can decide what to do. */
public class ConflictException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final String savedBy;
    private final Instant savedAt;

    public ConflictException(String message, String savedBy, Instant savedAt) {
        super(message);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
