package org.refract.web.casework;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The case this session last showed, and when, so that the case page writes a line in the case's view log once per
 * opening and not once per tab. An opening is a run of case-page requests for one case with no other case shown in
 * between and no pause longer than {@link #PAUSE} (the portal's idle time): switching tabs or reloading continues
 * it; opening the case again after another case, or after a pause, is a new opening.
 */
@SessionScoped
public class CaseOpenings implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Duration PAUSE = Duration.ofMinutes(15);

    private Long caseId;
    private Instant lastShown;

    /** Whether showing the case now continues its opening, rather than beginning a new one. */
    public synchronized boolean continues(long id, Instant now) {
        return caseId != null && caseId == id && !now.isAfter(lastShown.plus(PAUSE));
    }

    /** The case was shown now (after the caller's right to see it was checked). */
    public synchronized void shown(long id, Instant now) {
        caseId = id;
        lastShown = now;
    }
}
