package org.refract.service.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refract.domain.catalog.AllowedValue;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.InterpretationBand;
import org.refract.domain.catalog.ValueKind;
import org.refract.domain.identity.Role;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.AuditedConflict;
import org.refract.service.shared.FieldErrors;

/**
 * Measurement instruments as administrators maintain them: name, unit, range or value set, interpretation bands and
 * the conditions they are recorded for. The code and the kind of value never change, and an edit may not strand a
 * recorded measurement: the range must still contain every recorded value and the value set every recorded code.
 * Validated field by field (band and value rows by position), audited (Envers, bands and values included), refused
 * on a stale version naming who saved first. Administrators only.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class InstrumentAdministrationService {

    private static final String LOINC = "[0-9]{1,7}-[0-9]";
    private static final String SNOMED = "[0-9]{6,18}";
    private static final String VALUE_CODE = "[A-Za-z0-9.+-]{1,20}";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogFinder finder;

    @EJB
    CatalogService catalog;

    /** Every instrument, active or not, in catalogue order. */
    public List<CatalogRow> instruments() {
        return em.createQuery("select i from Instrument i order by i.displayOrder, i.name", Instrument.class)
                .getResultStream()
                .map(i -> new CatalogRow(
                        i.getCode(),
                        i.getName(),
                        i.getShortName() + " · " + i.rangeText(),
                        EntryChecks.names(i.getConditions()),
                        i.isActive()))
                .toList();
    }

    public InstrumentDetail instrument(String code) {
        return entry(load(code));
    }

    public InstrumentDetail create(InstrumentDetail request) {
        FieldErrors errors = new FieldErrors();
        EntryChecks.newCode(em, request.code(), "Instrument.byCode", errors);
        if (request.kind() == null) {
            errors.add("kind", "Choose the kind of value.");
        }
        Set<Condition> conditions = check(request, request.kind(), errors);
        errors.throwIfAny();
        Instrument instrument = request.kind() == ValueKind.NUMBER
                ? Instrument.numeric(
                        request.code(),
                        request.name().strip(),
                        request.unit().strip(),
                        request.minValue(),
                        request.maxValue(),
                        request.decimals(),
                        List.of(),
                        conditions)
                : Instrument.coded(
                        request.code(),
                        request.name().strip(),
                        request.unit().strip(),
                        request.kind(),
                        values(request.values()),
                        conditions);
        revise(instrument, request, conditions, errors);
        errors.throwIfAny();
        em.persist(instrument);
        return changed(instrument);
    }

    public InstrumentDetail update(String code, long version, InstrumentDetail request) {
        Instrument instrument = load(code);
        AuditedConflict.check(em, Instrument.class, instrument.getId(), instrument.getVersion(), version, "instrument");
        FieldErrors errors = new FieldErrors();
        Set<Condition> conditions = check(request, instrument.getValueKind(), errors);
        errors.throwIfAny();
        keepsRecordedValues(instrument, request, errors);
        errors.throwIfAny();
        revise(instrument, request, conditions, errors);
        errors.throwIfAny();
        return changed(instrument);
    }

    /** Deactivates (no new measurements) or reactivates an instrument; recorded measurements are untouched. */
    public InstrumentDetail setActive(String code, boolean active) {
        Instrument instrument = load(code);
        if (active) {
            instrument.activate();
        } else {
            instrument.deactivate();
        }
        return changed(instrument);
    }

    private Set<Condition> check(InstrumentDetail r, ValueKind kind, FieldErrors errors) {
        EntryChecks.required("name", r.name(), 160, errors);
        EntryChecks.required("shortName", r.shortName(), 40, errors);
        EntryChecks.required("unit", r.unit(), 30, errors);
        pattern("loincCode", r.loincCode(), LOINC, "A LOINC code looks like 2160-0.", errors);
        pattern("snomedCode", r.snomedCode(), SNOMED, "A SNOMED CT concept id is 6 to 18 digits.", errors);
        EntryChecks.optional("description", r.description(), 2000, errors);
        EntryChecks.optional("source", r.source(), 300, errors);
        if (kind == ValueKind.NUMBER) {
            checkRange(r, errors);
            checkBands(r, errors);
        } else if (kind != null) {
            checkValues(r.values(), kind, errors);
        }
        return EntryChecks.conditions(em, r.conditions(), errors);
    }

    private static void checkRange(InstrumentDetail r, FieldErrors errors) {
        if (r.minValue() == null) {
            errors.add("minValue", "Enter the lowest possible value.");
        }
        if (r.maxValue() == null) {
            errors.add("maxValue", "Enter the highest possible value.");
        }
        if (r.minValue() != null && r.maxValue() != null && r.minValue().compareTo(r.maxValue()) > 0) {
            errors.add("maxValue", "The highest value must not be below the lowest.");
        }
        if (r.decimals() < 0 || r.decimals() > 3) {
            errors.add("decimals", "Use 0 to 3 decimals.");
        }
    }

    private static void checkBands(InstrumentDetail r, FieldErrors errors) {
        List<InstrumentDetail.Band> bands = r.bands() == null ? List.of() : r.bands();
        for (int i = 0; i < bands.size(); i++) {
            InstrumentDetail.Band band = bands.get(i);
            String at = "bands[" + i + "].";
            EntryChecks.required(at + "label", band.label(), 200, errors);
            EntryChecks.optional(at + "source", band.source(), 300, errors);
            if (band.severity() == null) {
                errors.add(at + "severity", "Choose a severity.");
            }
            if (band.lower() == null && band.upper() == null) {
                errors.add(at + "lower", "Give at least one bound.");
            }
            if (band.lower() != null && band.upper() != null && band.lower().compareTo(band.upper()) > 0) {
                errors.add(at + "upper", "The upper bound must not be below the lower bound.");
            }
            outside(at + "lower", band.lower(), r, errors);
            outside(at + "upper", band.upper(), r, errors);
        }
    }

    private static void outside(String field, BigDecimal bound, InstrumentDetail r, FieldErrors errors) {
        if (bound != null
                && r.minValue() != null
                && r.maxValue() != null
                && (bound.compareTo(r.minValue()) < 0 || bound.compareTo(r.maxValue()) > 0)) {
            errors.add(
                    field, "Outside the instrument's range (" + plain(r.minValue()) + "–" + plain(r.maxValue()) + ").");
        }
    }

    private static void checkValues(List<InstrumentDetail.Value> values, ValueKind kind, FieldErrors errors) {
        if (values == null || values.isEmpty()) {
            errors.add("values", "Add at least one value.");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            InstrumentDetail.Value value = values.get(i);
            String at = "values[" + i + "].";
            if (value.code() == null || !value.code().strip().matches(VALUE_CODE)) {
                errors.add(at + "code", "Use 1-20 letters, digits, dots, plus or minus signs.");
            } else if (!seen.add(value.code().strip())) {
                errors.add(at + "code", "The value " + value.code().strip() + " is listed twice.");
            }
            EntryChecks.required(at + "label", value.label(), 200, errors);
            if (value.severity() == null) {
                errors.add(at + "severity", "Choose a severity.");
            }
        }
        if (kind == ValueKind.BINARY
                && !List.of("0", "1")
                        .equals(values.stream()
                                .map(v -> v.code() == null ? "" : v.code().strip())
                                .toList())) {
            errors.add("values", "A test has exactly the values 0 (negative) and 1 (positive), in that order.");
        }
    }

    /** No edit may strand a recorded measurement outside the range or the value set. */
    private void keepsRecordedValues(Instrument instrument, InstrumentDetail r, FieldErrors errors) {
        if (instrument.getValueKind() == ValueKind.NUMBER) {
            Object[] extremes = em.createQuery(
                            "select min(o.value.numericValue), max(o.value.numericValue), count(o) "
                                    + "from Observation o where o.instrument = :i",
                            Object[].class)
                    .setParameter("i", instrument)
                    .getSingleResult();
            BigDecimal lowest = (BigDecimal) extremes[0];
            BigDecimal highest = (BigDecimal) extremes[1];
            if (lowest != null && r.minValue().compareTo(lowest) > 0) {
                errors.add(
                        "minValue",
                        extremes[2] + " recorded measurements go down to " + plain(lowest)
                                + ": the range must still contain them.");
            }
            if (highest != null && r.maxValue().compareTo(highest) < 0) {
                errors.add(
                        "maxValue",
                        extremes[2] + " recorded measurements go up to " + plain(highest)
                                + ": the range must still contain them.");
            }
        } else if (instrument.getValueKind() == ValueKind.VALUE_SET) {
            List<String> recorded = em.createQuery(
                            "select distinct o.value.codedValue from Observation o " + "where o.instrument = :i",
                            String.class)
                    .setParameter("i", instrument)
                    .getResultList();
            Set<String> kept = new HashSet<>();
            r.values().forEach(v -> kept.add(v.code().strip()));
            List<String> stranded = recorded.stream()
                    .filter(code -> code != null && !kept.contains(code))
                    .sorted()
                    .toList();
            if (!stranded.isEmpty()) {
                errors.add(
                        "values",
                        "Recorded measurements use " + String.join(", ", stranded)
                                + ": keep these values (you may relabel them).");
            }
        }
    }

    private static void revise(
            Instrument instrument, InstrumentDetail r, Set<Condition> conditions, FieldErrors errors) {
        try {
            instrument.revise(
                    new Instrument.Description(
                            r.name().strip(),
                            r.shortName().strip(),
                            r.unit().strip(),
                            EntryChecks.blankToNull(r.loincCode()),
                            EntryChecks.blankToNull(r.snomedCode()),
                            EntryChecks.blankToNull(r.description()),
                            EntryChecks.blankToNull(r.source()),
                            r.displayOrder()),
                    r.minValue(),
                    r.maxValue(),
                    r.decimals(),
                    r.higherIsBetter(),
                    values(r.values()),
                    bands(r.bands()),
                    conditions);
        } catch (InvalidInputException e) {
            errors.add(e.field(), e.getMessage());
        }
    }

    private static List<AllowedValue> values(List<InstrumentDetail.Value> values) {
        List<AllowedValue> result = new ArrayList<>();
        if (values != null) {
            values.forEach(
                    v -> result.add(new AllowedValue(v.code().strip(), v.label().strip(), v.severity())));
        }
        return result;
    }

    private static List<InterpretationBand> bands(List<InstrumentDetail.Band> bands) {
        List<InterpretationBand> result = new ArrayList<>();
        if (bands != null) {
            bands.forEach(b -> result.add(new InterpretationBand(
                    b.lower(),
                    b.lowerInclusive(),
                    b.upper(),
                    b.upperInclusive(),
                    b.label().strip(),
                    b.severity(),
                    EntryChecks.blankToNull(b.source()))));
        }
        return result;
    }

    private static void pattern(String field, String value, String regex, String message, FieldErrors errors) {
        String stripped = EntryChecks.blankToNull(value);
        if (stripped != null && !stripped.matches(regex)) {
            errors.add(field, message);
        }
    }

    private InstrumentDetail changed(Instrument instrument) {
        em.flush();
        catalog.invalidate();
        return entry(instrument);
    }

    private InstrumentDetail entry(Instrument i) {
        long references = em.createQuery("select count(o) from Observation o where o.instrument = :i", Long.class)
                .setParameter("i", i)
                .getSingleResult();
        List<InstrumentDetail.Value> values = i.getAllowedValues().stream()
                .map(v -> new InstrumentDetail.Value(v.getValueCode(), v.getLabel(), v.getSeverity()))
                .toList();
        List<InstrumentDetail.Band> bands = i.getBands().stream()
                .map(b -> new InstrumentDetail.Band(
                        b.getLowerBound(),
                        b.isLowerInclusive(),
                        b.getUpperBound(),
                        b.isUpperInclusive(),
                        b.getLabel(),
                        b.getSeverity(),
                        b.getSource()))
                .toList();
        return new InstrumentDetail(
                i.getCode(),
                i.getName(),
                i.getShortName(),
                i.getUnit(),
                i.getValueKind(),
                i.getMinValue(),
                i.getMaxValue(),
                i.getDecimals(),
                i.getHigherIsBetter(),
                i.getLoincCode(),
                i.getSnomedCode(),
                i.getDescription(),
                i.getSource(),
                i.getDisplayOrder(),
                EntryChecks.codes(i.getConditions()),
                new ArrayList<>(values),
                new ArrayList<>(bands),
                i.isActive(),
                i.getVersion(),
                references);
    }

    private Instrument load(String code) {
        return finder.getInstrument(code);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
