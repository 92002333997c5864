package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;

/**
 * Catalogue entries by code, for recording. Inactive entries are not offered for new records. Used only by the
 * role-checked case services, in their transaction.
 */
@Dependent
public class CatalogLookup {

    @PersistenceContext
    EntityManager em;

    public Optional<Condition> condition(String code) {
        return active(em.createNamedQuery("Condition.byCode", Condition.class), code)
                .filter(Condition::isActive);
    }

    public Optional<Instrument> instrument(String code) {
        return active(em.createNamedQuery("Instrument.byCode", Instrument.class), code)
                .filter(Instrument::isActive);
    }

    public Optional<Therapy> therapy(String code) {
        return active(em.createNamedQuery("Therapy.byCode", Therapy.class), code)
                .filter(Therapy::isActive);
    }

    public Optional<ResistanceFactor> factor(String code) {
        return active(em.createNamedQuery("ResistanceFactor.byCode", ResistanceFactor.class), code)
                .filter(ResistanceFactor::isActive);
    }

    private static <T> Optional<T> active(TypedQuery<T> query, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return query.setParameter("code", code.strip()).getResultStream().findFirst();
    }
}
