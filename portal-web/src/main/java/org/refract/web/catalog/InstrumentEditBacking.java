package org.refract.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.refract.domain.catalog.Severity;
import org.refract.domain.catalog.ValueKind;
import org.refract.service.catalog.CatalogAdministrationService;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.catalog.InstrumentAdministrationService;
import org.refract.service.catalog.InstrumentDetail;

/**
 * {@code /admin/catalogue/instrument.xhtml[?code=…]}: creates or edits a measurement instrument, with its range and
 * interpretation bands (numbers) or its value set (value sets and tests) edited row by row.
 */
@Named
@ViewScoped
public class InstrumentEditBacking extends CatalogEntryEditBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    transient InstrumentAdministrationService administration;

    @EJB
    transient CatalogAdministrationService catalogue;

    private String shortName;
    private String unit;
    private ValueKind kind = ValueKind.NUMBER;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private int decimals;
    private String direction = "";
    private String loincCode;
    private String snomedCode;
    private String source;
    private List<InstrumentValueRow> values = new ArrayList<>();
    private List<InstrumentBandRow> bands = new ArrayList<>();

    @Override
    protected void load() {
        show(administration.instrument(getCode()));
    }

    @Override
    protected void create() {
        administration.create(entry());
    }

    @Override
    protected void update() {
        show(administration.update(getCode(), getVersion(), entry()));
    }

    @Override
    protected void setActive(boolean active) {
        InstrumentDetail i = administration.setActive(getCode(), active);
        state(i.active(), i.version(), i.references());
    }

    @Override
    protected List<ConditionOption> loadConditionOptions() {
        return catalogue.conditionOptions();
    }

    @Override
    protected String editPage() {
        return "/admin/catalogue/instrument.xhtml";
    }

    /** A new instrument's kind changed: a test starts with its two values, a value set with one empty row. */
    public void kindChanged() {
        values = new ArrayList<>();
        if (kind == ValueKind.BINARY) {
            values.add(InstrumentValueRow.of("0", "Negative", Severity.NORMAL));
            values.add(InstrumentValueRow.of("1", "Positive", Severity.WARNING));
        } else if (kind == ValueKind.VALUE_SET) {
            values.add(new InstrumentValueRow());
        }
    }

    public void addValue() {
        values.add(new InstrumentValueRow());
    }

    public void removeValue(int index) {
        values.remove(index);
    }

    public void addBand() {
        bands.add(new InstrumentBandRow());
    }

    public void removeBand(int index) {
        bands.remove(index);
    }

    public List<ValueKind> getKinds() {
        return List.of(ValueKind.values());
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    private void show(InstrumentDetail i) {
        common(i.name(), i.description(), i.displayOrder(), i.conditions(), i.active(), i.version(), i.references());
        shortName = i.shortName();
        unit = i.unit();
        kind = i.kind();
        minValue = i.minValue();
        maxValue = i.maxValue();
        decimals = i.decimals();
        direction = i.higherIsBetter() == null ? "" : i.higherIsBetter().toString();
        loincCode = i.loincCode();
        snomedCode = i.snomedCode();
        source = i.source();
        values = new ArrayList<>(i.values().stream()
                .map(v -> InstrumentValueRow.of(v.code(), v.label(), v.severity()))
                .toList());
        bands = new ArrayList<>(i.bands().stream().map(InstrumentBandRow::of).toList());
    }

    private InstrumentDetail entry() {
        boolean numeric = kind == ValueKind.NUMBER;
        return new InstrumentDetail(
                getCode(),
                getName(),
                shortName,
                unit,
                kind,
                minValue,
                maxValue,
                decimals,
                direction == null || direction.isEmpty() ? null : Boolean.valueOf(direction),
                loincCode,
                snomedCode,
                getDescription(),
                source,
                getDisplayOrder(),
                getConditions(),
                numeric
                        ? List.of()
                        : values.stream().map(InstrumentValueRow::toValue).toList(),
                numeric ? bands.stream().map(InstrumentBandRow::toBand).toList() : List.of(),
                isActive(),
                getVersion(),
                0);
    }

    public boolean isNumeric() {
        return kind == ValueKind.NUMBER;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ValueKind getKind() {
        return kind;
    }

    public void setKind(ValueKind kind) {
        if (!isCreated()) {
            this.kind = kind;
        }
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public void setMinValue(BigDecimal minValue) {
        this.minValue = minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(BigDecimal maxValue) {
        this.maxValue = maxValue;
    }

    public int getDecimals() {
        return decimals;
    }

    public void setDecimals(int decimals) {
        this.decimals = decimals;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getLoincCode() {
        return loincCode;
    }

    public void setLoincCode(String loincCode) {
        this.loincCode = loincCode;
    }

    public String getSnomedCode() {
        return snomedCode;
    }

    public void setSnomedCode(String snomedCode) {
        this.snomedCode = snomedCode;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<InstrumentValueRow> getValues() {
        return values;
    }

    /** A hidden input that carries the messages about the value set as a whole ("add at least one value"). */
    public String getValuesAnchor() {
        return "";
    }

    public void setValuesAnchor(String ignored) {
        // nothing to keep: the anchor only places messages
    }

    public List<InstrumentBandRow> getBands() {
        return bands;
    }
}
