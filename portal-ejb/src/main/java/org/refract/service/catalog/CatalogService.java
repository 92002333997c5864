package org.refract.service.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;

/**
 * The catalogue as the pages need it, kept in memory: it changes only when an administrator edits it (who then
 * calls {@link #invalidate()}), while every case page reads it. The catalogue holds no clinical data, so every
 * authenticated user may read it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogFinder catalog;

    private final Map<String, ConditionCatalog> byCondition = new ConcurrentHashMap<>();

    private volatile List<ConditionOption> conditions;

    /** Active conditions, in catalogue order. */
    public List<ConditionOption> conditions() {
        List<ConditionOption> current = conditions;
        if (current == null) {
            current = em.createNamedQuery("Condition.active", Condition.class)
                    .getResultStream()
                    .map(c -> new ConditionOption(c.getCode(), c.getName()))
                    .toList();
            conditions = current;
        }
        return current;
    }

    /** Instruments, therapies and factors of a condition; empty for an unknown condition. */
    public Optional<ConditionCatalog> forCondition(String conditionCode) {
        ConditionCatalog cached = byCondition.get(conditionCode);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Condition> condition = catalog.findCondition(conditionCode);
        return condition.map(c -> byCondition.computeIfAbsent(conditionCode, code -> load(c)));
    }

    /** Forgets what was loaded; the next request reads the catalogue again. */
    public void invalidate() {
        byCondition.clear();
        conditions = null;
    }

    private ConditionCatalog load(Condition condition) {
        List<InstrumentInfo> instruments = em.createNamedQuery("Instrument.forCondition", Instrument.class)
                .setParameter("condition", condition)
                .getResultStream()
                .map(InstrumentInfo::of)
                .toList();
        List<TherapyOption> therapies = em.createNamedQuery("Therapy.forCondition", Therapy.class)
                .setParameter("condition", condition)
                .getResultStream()
                .map(TherapyOption::of)
                .toList();
        List<FactorInfo> factors = em.createNamedQuery("ResistanceFactor.forCondition", ResistanceFactor.class)
                .setParameter("condition", condition)
                .getResultStream()
                .map(FactorInfo::of)
                .toList();
        return new ConditionCatalog(
                new ConditionOption(condition.getCode(), condition.getName()), instruments, therapies, factors);
    }
}
