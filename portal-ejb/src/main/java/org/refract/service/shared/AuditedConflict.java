package org.refract.service.shared;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.refract.domain.audit.AuditRevision;

/**
 * The conflict of an edit made on a stale version of an audited (Envers) entity, naming who saved it last and when,
 * from its newest revision. Entries seeded by a migration have no revision yet; the message then names nobody.
 */
public final class AuditedConflict {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private AuditedConflict() {}

    /** Throws the conflict unless {@code seenVersion} is still the current one. */
    public static void check(
            EntityManager em, Class<?> type, Object id, long currentVersion, long seenVersion, String what) {
        if (currentVersion == seenVersion) {
            return;
        }
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(type, id);
        if (revisions.isEmpty()) {
            throw new ConflictException(
                    "This " + what + " was changed after you opened it. Your input is kept: "
                            + "review the change, then save again.",
                    null,
                    null);
        }
        AuditRevision last = reader.findRevision(AuditRevision.class, revisions.get(revisions.size() - 1));
        throw new ConflictException(
                "This " + what + " was changed by " + last.getUsername() + " at "
                        + SAVED_AT.format(last.getTimestamp())
                        + " after you opened it. Your input is kept: review their "
                        + "change, then save again.",
                last.getUsername(),
                last.getTimestamp());
    }
}
