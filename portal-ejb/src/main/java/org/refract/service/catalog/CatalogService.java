package org.refract.service.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.platform.CacheGeneration;
import org.refract.service.platform.CacheGenerations;

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

    private volatile StandardCodes standardCodes;

    @EJB
    CacheGenerations generations;

    /** The catalogue's generation that what is kept was read at. */
    private volatile long generation = -1;

    /** Active conditions, in catalogue order. */
    public List<ConditionOption> conditions() {
        forgetIfChangedElsewhere();
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

    /** The catalogue name of an active condition; the code itself for one the catalogue no longer lists. */
    public String conditionName(String conditionCode) {
        return conditions().stream()
                .filter(c -> c.code().equals(conditionCode))
                .map(ConditionOption::name)
                .findFirst()
                .orElse(conditionCode);
    }

    /** Instruments, therapies and factors of a condition; empty for an unknown condition. */
    public Optional<ConditionCatalog> forCondition(String conditionCode) {
        forgetIfChangedElsewhere();
        ConditionCatalog cached = byCondition.get(conditionCode);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Condition> condition = catalog.findCondition(conditionCode);
        return condition.map(c -> byCondition.computeIfAbsent(conditionCode, code -> load(c)));
    }

    /** SNOMED CT, ICD-10, LOINC, UCUM and ATC codes of the whole catalogue, for FHIR exchange. */
    public StandardCodes standardCodes() {
        forgetIfChangedElsewhere();
        StandardCodes current = standardCodes;
        if (current == null) {
            Map<String, String> snomed = new HashMap<>();
            Map<String, String> icd10 = new HashMap<>();
            em.createQuery("select c from Condition c", Condition.class)
                    .getResultList()
                    .forEach(c -> {
                        putIfPresent(snomed, c.getCode(), c.getSnomedCode());
                        putIfPresent(icd10, c.getCode(), c.getIcd10Code());
                    });
            Map<String, String> loinc = new HashMap<>();
            Map<String, String> ucum = new HashMap<>();
            em.createQuery("select i from Instrument i", Instrument.class)
                    .getResultList()
                    .forEach(i -> {
                        putIfPresent(loinc, i.getCode(), i.getLoincCode());
                        ucum.put(i.getCode(), i.ucumUnit());
                    });
            Map<String, String> atc = new HashMap<>();
            em.createQuery("select t from Therapy t", Therapy.class)
                    .getResultList()
                    .forEach(t -> putIfPresent(atc, t.getCode(), t.getAtcCode()));
            current = new StandardCodes(snomed, icd10, loinc, ucum, atc);
            standardCodes = current;
        }
        return current;
    }

    private static void putIfPresent(Map<String, String> codes, String key, String value) {
        if (value != null && !value.isBlank()) {
            codes.put(key, value.strip());
        }
    }

    /**
     * Forgets what was loaded with the caller's change; the next request reads the catalogue again, on every server of a
     * cluster once the change commits.
     */
    public void invalidate() {
        generations.raise(CacheGeneration.CATALOG);
        forget();
    }

    /** An administrator changed the catalogue on this or another server since it was read: read it again. */
    private void forgetIfChangedElsewhere() {
        long current = generations.current(CacheGeneration.CATALOG);
        if (current != generation) {
            forget();
            generation = current;
        }
    }

    private void forget() {
        byCondition.clear();
        conditions = null;
        standardCodes = null;
    }

    private ConditionCatalog load(Condition condition) {
        List<InstrumentOption> instruments = em.createNamedQuery("Instrument.forCondition", Instrument.class)
                .setParameter("condition", condition)
                .getResultStream()
                .map(InstrumentOption::of)
                .toList();
        List<TherapyOption> therapies = em.createNamedQuery("Therapy.forCondition", Therapy.class)
                .setParameter("condition", condition)
                .getResultStream()
                .map(TherapyOption::of)
                .toList();
        List<FactorOption> factors = em.createNamedQuery("ResistanceFactor.forCondition", ResistanceFactor.class)
                .setParameter("condition", condition)
                .getResultStream()
                .map(FactorOption::of)
                .toList();
        return new ConditionCatalog(
                new ConditionOption(condition.getCode(), condition.getName()), instruments, therapies, factors);
    }
}
