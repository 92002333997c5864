package org.refract.service.catalog;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.refract.domain.catalog.CatalogEntry;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.service.shared.NotFoundException;

/**
 * Catalogue entries by their code, active or not (callers that record something new filter on
 * {@link CatalogEntry#isActive()}). The one place the {@code *.byCode} queries run; used inside the role-checked
 * services' transactions.
 */
@Dependent
public class CatalogFinder {

    @PersistenceContext
    EntityManager em;

    public Optional<Condition> findCondition(String code) {
        return byCode("Condition.byCode", Condition.class, code);
    }

    public Condition getCondition(String code) {
        return findCondition(code).orElseThrow(() -> new NotFoundException("No condition " + code + "."));
    }

    public Optional<Instrument> findInstrument(String code) {
        return byCode("Instrument.byCode", Instrument.class, code);
    }

    public Instrument getInstrument(String code) {
        return findInstrument(code).orElseThrow(() -> new NotFoundException("No instrument " + code + "."));
    }

    public Optional<Therapy> findTherapy(String code) {
        return byCode("Therapy.byCode", Therapy.class, code);
    }

    public Therapy getTherapy(String code) {
        return findTherapy(code).orElseThrow(() -> new NotFoundException("No therapy " + code + "."));
    }

    public Optional<ResistanceFactor> findFactor(String code) {
        return byCode("ResistanceFactor.byCode", ResistanceFactor.class, code);
    }

    public ResistanceFactor getFactor(String code) {
        return findFactor(code).orElseThrow(() -> new NotFoundException("No factor " + code + "."));
    }

    private <T extends CatalogEntry> Optional<T> byCode(String query, Class<T> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(query, type)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst();
    }
}
