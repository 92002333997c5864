package org.refract.domain.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.refract.domain.shared.InvalidInputException;

/**
 * A way of measuring something about a patient: a score (ACT, MG-ADL), a laboratory value (blood eosinophils,
 * inhibitor titre), a count (exacerbations) or a class (MGFA). Knows its unit, which values are possible and what
 * a value means.
 */
@Entity
@Audited
@Indexed(index = "catalog_instrument")
@Cacheable
@Table(name = "instrument")
@NamedQuery(name = "Instrument.byCode", query = "select i from Instrument i where i.code = :code")
@NamedQuery(
        name = "Instrument.forCondition",
        query = "select i from Instrument i join i.conditions c "
                + "where c = :condition and i.active = true order by i.displayOrder, i.name")
public class Instrument extends CatalogEntry {

    @Column(name = "short_name", nullable = false, length = 40)
    private String shortName;

    @Column(nullable = false, length = 30)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false, length = 16)
    private ValueKind valueKind;

    @Column(name = "min_value", precision = 12, scale = 3)
    private BigDecimal minValue;

    @Column(name = "max_value", precision = 12, scale = 3)
    private BigDecimal maxValue;

    @Column(nullable = false)
    private int decimals;

    /** Drives the arrow of a trend; null where "better" has no direction (a weight, a biomarker). */
    @Column(name = "higher_is_better")
    private Boolean higherIsBetter;

    @Column(name = "loinc_code", length = 20)
    private String loincCode;

    @Column(name = "snomed_code", length = 20)
    private String snomedCode;

    @Column(length = 2000)
    @FullTextField(projectable = Projectable.YES)
    private String description;

    @Column(length = 300)
    private String source;

    // Value sets and bands are read for every measurement shown; cached with the instrument, so that a case page
    // does not query them again on each request (PERFORMANCE.md: at most five statements per page).
    @ElementCollection
    @CollectionTable(name = "instrument_allowed_value", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 32)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    private List<AllowedValue> allowedValues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "interpretation_band", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 32)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    private List<InterpretationBand> bands = new ArrayList<>();

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "instrument_condition",
            joinColumns = @JoinColumn(name = "instrument_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    @BatchSize(size = 32)
    private Set<Condition> conditions = new HashSet<>();

    protected Instrument() {
        // for JPA
    }

    /** A numeric instrument such as a score or a laboratory value. */
    public static Instrument numeric(
            String code,
            String name,
            String unit,
            BigDecimal min,
            BigDecimal max,
            int decimals,
            List<InterpretationBand> bands,
            Set<Condition> conditions) {
        Instrument instrument = new Instrument(code, name, unit, ValueKind.NUMBER, conditions);
        if (min == null || max == null || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("A numeric instrument needs a range with min ≤ max.");
        }
        instrument.minValue = min;
        instrument.maxValue = max;
        instrument.decimals = decimals;
        instrument.bands = new ArrayList<>(bands);
        return instrument;
    }

    /** A value-set instrument (e.g. MGFA class) or, with {@link ValueKind#BINARY}, a positive/negative test. */
    public static Instrument coded(
            String code,
            String name,
            String unit,
            ValueKind kind,
            List<AllowedValue> values,
            Set<Condition> conditions) {
        if (kind == ValueKind.NUMBER || values.isEmpty()) {
            throw new IllegalArgumentException("A coded instrument needs a value set.");
        }
        Instrument instrument = new Instrument(code, name, unit, kind, conditions);
        instrument.allowedValues = new ArrayList<>(values);
        if (kind == ValueKind.BINARY) {
            instrument.minValue = BigDecimal.ZERO;
            instrument.maxValue = BigDecimal.ONE;
        }
        return instrument;
    }

    private Instrument(String code, String name, String unit, ValueKind kind, Set<Condition> conditions) {
        super(code, "Instrument", name);
        this.shortName = name.length() <= 40 ? name : name.substring(0, 40);
        this.unit = Objects.requireNonNull(unit, "The unit is required.");
        this.valueKind = kind;
        this.conditions = new HashSet<>(conditions);
    }

    /**
     * Changes what an administrator may change. The code and the kind of value never change (measurements refer to
     * them); the caller checks that recorded measurements still fit the new range or value set.
     */
    public void revise(
            Description text,
            BigDecimal min,
            BigDecimal max,
            int newDecimals,
            Boolean newHigherIsBetter,
            List<AllowedValue> values,
            List<InterpretationBand> newBands,
            Set<Condition> newConditions) {
        switch (valueKind) {
            case NUMBER -> {
                if (min == null || max == null || min.compareTo(max) > 0) {
                    throw new InvalidInputException("minValue", "A numeric instrument needs a range with min ≤ max.");
                }
                this.minValue = min;
                this.maxValue = max;
                this.decimals = newDecimals;
                this.bands = new ArrayList<>(newBands);
            }
            case VALUE_SET -> {
                if (values.isEmpty()) {
                    throw new InvalidInputException(
                            "allowedValues", "A value-set instrument needs at least one value.");
                }
                this.allowedValues = new ArrayList<>(values);
            }
            case BINARY -> {
                if (values.size() != 2
                        || !"0".equals(values.get(0).getValueCode())
                        || !"1".equals(values.get(1).getValueCode())) {
                    throw new InvalidInputException("allowedValues", "A test has exactly the values 0 and 1.");
                }
                this.allowedValues = new ArrayList<>(values);
            }
        }
        rename(text.name());
        this.shortName = Objects.requireNonNull(text.shortName(), "The short name is required.");
        this.unit = Objects.requireNonNull(text.unit(), "The unit is required.");
        this.higherIsBetter = newHigherIsBetter;
        this.loincCode = text.loincCode();
        this.snomedCode = text.snomedCode();
        this.description = text.description();
        this.source = text.source();
        reorder(text.displayOrder());
        this.conditions.clear();
        this.conditions.addAll(newConditions);
    }

    /** The descriptive part of an instrument, as an administrator edits it. */
    public record Description(
            String name,
            String shortName,
            String unit,
            String loincCode,
            String snomedCode,
            String description,
            String source,
            int displayOrder) {}

    /**
     * Turns what a user or an integration sent into a checked value: a number inside the range with no more
     * decimals than the instrument records, a member of the value set, or 0/1 for a test.
     *
     * @param raw a Number, or a String holding a number or a value-set code
     * @param givenUnit the unit the sender meant; null or blank means the instrument's own unit
     * @throws InvalidInputException on field "value" or "unit", naming what is allowed
     */
    public MeasuredValue measure(Object raw, String givenUnit) {
        checkUnit(givenUnit);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            throw new InvalidInputException("value", "Enter a value for " + getName() + ".");
        }
        MeasuredValue value = switch (valueKind) {
            case NUMBER, BINARY -> MeasuredValue.number(toNumber(raw));
            case VALUE_SET -> MeasuredValue.code(raw.toString());
        };
        check(value);
        return value;
    }

    /** Validates an already built value against the instrument. */
    public void check(MeasuredValue value) {
        Objects.requireNonNull(value, "A value is required.");
        switch (valueKind) {
            case NUMBER -> checkNumber(value);
            case BINARY -> {
                if (!value.isNumeric()
                        || (value.number().compareTo(BigDecimal.ZERO) != 0
                                && value.number().compareTo(BigDecimal.ONE) != 0)) {
                    throw new InvalidInputException(
                            "value", getName() + " is a test result: enter 0 (negative) or 1 (positive).");
                }
            }
            case VALUE_SET -> {
                if (value.isNumeric() || allowedValue(value.code()).isEmpty()) {
                    throw new InvalidInputException(
                            "value",
                            "'" + value.display() + "' is not a valid " + getName() + "; allowed: " + allowedCodes()
                                    + ".");
                }
            }
        }
    }

    private void checkNumber(MeasuredValue value) {
        if (!value.isNumeric()) {
            throw new InvalidInputException("value", getName() + " must be a number (" + rangeText() + ").");
        }
        BigDecimal number = value.number();
        if (number.compareTo(minValue) < 0 || number.compareTo(maxValue) > 0) {
            throw new InvalidInputException(
                    "value", value.display() + " is outside the range of " + getName() + " (" + rangeText() + ").");
        }
        if (number.stripTrailingZeros().scale() > decimals) {
            throw new InvalidInputException(
                    "value",
                    getName() + " is recorded with "
                            + (decimals == 0 ? "whole numbers only" : "at most " + decimals + " decimals") + ".");
        }
    }

    private void checkUnit(String givenUnit) {
        if (givenUnit != null && !givenUnit.isBlank() && !unitMatches(givenUnit.strip())) {
            throw new InvalidInputException(
                    "unit",
                    "Wrong unit '" + givenUnit.strip() + "' for " + getName() + ": use " + unit + " (UCUM " + ucumUnit()
                            + ") or leave the unit out.");
        }
    }

    /** The unit itself, its UCUM code or a listed synonym ({@link UcumUnits}); nothing of another dimension. */
    private boolean unitMatches(String givenUnit) {
        return UcumUnits.means(givenUnit, unit);
    }

    /** The unit as UCUM, for FHIR and other coded exchange. */
    public String ucumUnit() {
        return UcumUnits.ucum(unit);
    }

    private BigDecimal toNumber(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(raw.toString().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "value", "'" + raw + "' is not a number; " + getName() + " takes " + rangeText() + ".");
        }
    }

    /** What the value means according to the catalogue, if the catalogue says. */
    public Optional<Interpretation> interpret(MeasuredValue value) {
        if (value == null) {
            return Optional.empty();
        }
        if (valueKind == ValueKind.NUMBER) {
            return bands.stream()
                    .filter(b -> b.contains(value.number()))
                    .findFirst()
                    .map(InterpretationBand::interpretation);
        }
        String code = value.isNumeric() ? value.number().stripTrailingZeros().toPlainString() : value.code();
        return allowedValue(code).map(a -> new Interpretation(a.getLabel(), a.getSeverity(), source));
    }

    public Optional<AllowedValue> allowedValue(String valueCode) {
        return allowedValues.stream()
                .filter(a -> a.getValueCode().equals(valueCode))
                .findFirst();
    }

    /** Position of a value-set member in clinical order, for charts and comparisons (MGFA I = 0 … V = 7). */
    public int ordinalOf(String valueCode) {
        for (int i = 0; i < allowedValues.size(); i++) {
            if (allowedValues.get(i).getValueCode().equals(valueCode)) {
                return i;
            }
        }
        return -1;
    }

    public boolean appliesTo(Condition condition) {
        return conditions.contains(condition);
    }

    /** What may be entered, as help text: "5–25 points", "one of I, IIa, …", "0 negative / 1 positive". */
    public String rangeText() {
        return switch (valueKind) {
            case NUMBER ->
                minValue.stripTrailingZeros().toPlainString() + "–"
                        + maxValue.stripTrailingZeros().toPlainString() + " " + unit;
            case VALUE_SET -> "one of " + allowedCodes();
            case BINARY -> "0 negative / 1 positive";
        };
    }

    private String allowedCodes() {
        return allowedValues.stream().map(AllowedValue::getValueCode).collect(Collectors.joining(", "));
    }

    public boolean isNumeric() {
        return valueKind == ValueKind.NUMBER;
    }

    public String getShortName() {
        return shortName;
    }

    public String getUnit() {
        return unit;
    }

    public ValueKind getValueKind() {
        return valueKind;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public int getDecimals() {
        return decimals;
    }

    public Boolean getHigherIsBetter() {
        return higherIsBetter;
    }

    public String getLoincCode() {
        return loincCode;
    }

    public String getSnomedCode() {
        return snomedCode;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }

    public List<AllowedValue> getAllowedValues() {
        return Collections.unmodifiableList(allowedValues);
    }

    public List<InterpretationBand> getBands() {
        return Collections.unmodifiableList(bands);
    }

    public Set<Condition> getConditions() {
        return Collections.unmodifiableSet(conditions);
    }

    @Override
    public String toString() {
        return getCode();
    }
}
