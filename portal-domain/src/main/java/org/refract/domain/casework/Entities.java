package org.refract.domain.casework;

import org.refract.domain.shared.BaseEntity;

/** Entity comparison that also holds for Hibernate proxies, whose class differs from the entity's. */
final class Entities {

    private Entities() {}

    /** The same instance, or two persistent entities with the same id (ids come from one shared sequence). */
    static boolean same(BaseEntity a, BaseEntity b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }
}
