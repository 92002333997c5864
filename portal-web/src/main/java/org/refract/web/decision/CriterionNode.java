package org.refract.web.decision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.decision.Aggregate;
import org.refract.domain.decision.Comparison;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.Criterion.Adherence;
import org.refract.domain.decision.Criterion.Age;
import org.refract.domain.decision.Criterion.Change;
import org.refract.domain.decision.Criterion.FailedTrials;
import org.refract.domain.decision.Criterion.Findings;
import org.refract.domain.decision.Criterion.Measure;
import org.refract.domain.decision.Criterion.NotEligibleOrFailed;
import org.refract.domain.decision.Criterion.OnTherapy;
import org.refract.domain.decision.Criterion.Range;
import org.refract.domain.decision.Criterion.Received;
import org.refract.domain.decision.Criterion.TestResult;
import org.refract.domain.decision.Criterion.ValueIn;

/**
 * One criterion of a rule as the editor shows it: every parameter an editable property (instruments, therapies and
 * factors as catalogue codes that the page shows by name), its place in the tree as a depth in reading order
 * ({@link CriterionTree} keeps the rows consistent), and the kind chosen for the next structural edit.
 */
public class CriterionNode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of node, as the editor names them: three groups, then the leaf criteria the engine evaluates. */
    public enum Kind {
        ALL,
        ANY,
        NOT,
        MEASURE,
        RANGE,
        VALUE_IN,
        TEST,
        CHANGE,
        FAILED_TRIALS,
        ADHERENCE,
        ON_THERAPY,
        RECEIVED,
        NOT_ELIGIBLE_OR_FAILED,
        AGE,
        FINDINGS;

        public boolean isGroup() {
            return this == ALL || this == ANY || this == NOT;
        }

        /** Whether the criterion names a measurement instrument. */
        public boolean isMeasurement() {
            return this == MEASURE || this == RANGE || this == VALUE_IN || this == TEST || this == CHANGE;
        }

        /** Whether the criterion names therapies. */
        public boolean isTherapies() {
            return this == FAILED_TRIALS
                    || this == ADHERENCE
                    || this == ON_THERAPY
                    || this == RECEIVED
                    || this == NOT_ELIGIBLE_OR_FAILED;
        }
    }

    private Kind kind;
    private int depth;
    private int row;
    private String label;
    private String code;
    private Aggregate aggregate = Aggregate.LATEST;
    private Comparison comparison = Comparison.GE;
    private BigDecimal threshold;
    private Integer withinMonths;
    private BigDecimal min;
    private BigDecimal max;
    private String values;
    private boolean positive = true;
    private boolean decrease;
    private boolean percent;
    private Integer count = 1;
    private boolean everyFactor = true;
    private List<String> therapies = new ArrayList<>();
    private List<String> factors = new ArrayList<>();
    private List<String> statuses =
            new ArrayList<>(List.of(FindingStatus.EXCLUDED.name(), FindingStatus.ADDRESSED.name()));
    private Kind newKind;
    private Kind addKind = Kind.MEASURE;

    CriterionNode(Kind kind, int depth) {
        this.kind = kind;
        this.depth = depth;
        this.newKind = kind;
    }

    /** A node of another kind in this one's place, keeping the parameters both kinds share (not the wording). */
    CriterionNode as(Kind other) {
        CriterionNode n = new CriterionNode(other, depth);
        n.code = code;
        n.aggregate = aggregate;
        n.comparison = comparison;
        n.threshold = threshold;
        n.withinMonths = withinMonths;
        n.min = min;
        n.max = max;
        n.values = values;
        n.positive = positive;
        n.decrease = decrease;
        n.percent = percent;
        n.count = count;
        n.everyFactor = everyFactor;
        n.therapies = new ArrayList<>(therapies);
        n.factors = new ArrayList<>(factors);
        n.statuses = new ArrayList<>(statuses);
        return n;
    }

    static CriterionNode group(Kind kind, int depth, String label) {
        CriterionNode n = new CriterionNode(kind, depth);
        n.label = label;
        return n;
    }

    static CriterionNode leaf(Criterion c, int depth) {
        CriterionNode n;
        if (c instanceof Measure m) {
            n = new CriterionNode(Kind.MEASURE, depth);
            n.code = m.code();
            n.aggregate = m.aggregate();
            n.comparison = m.comparison();
            n.threshold = m.threshold();
            n.withinMonths = m.withinMonths();
        } else if (c instanceof Range r) {
            n = new CriterionNode(Kind.RANGE, depth);
            n.code = r.code();
            n.min = r.min();
            n.max = r.max();
            n.withinMonths = r.withinMonths();
        } else if (c instanceof ValueIn v) {
            n = new CriterionNode(Kind.VALUE_IN, depth);
            n.code = v.code();
            n.values = String.join(", ", new TreeSet<>(v.values()));
        } else if (c instanceof TestResult t) {
            n = new CriterionNode(Kind.TEST, depth);
            n.code = t.code();
            n.positive = t.positive();
        } else if (c instanceof Change ch) {
            n = new CriterionNode(Kind.CHANGE, depth);
            n.code = ch.code();
            n.decrease = ch.decrease();
            n.threshold = ch.amount();
            n.percent = ch.percent();
        } else if (c instanceof FailedTrials f) {
            n = new CriterionNode(Kind.FAILED_TRIALS, depth);
            n.therapies = sorted(f.therapies());
            n.count = f.min();
        } else if (c instanceof Adherence a) {
            n = new CriterionNode(Kind.ADHERENCE, depth);
            n.therapies = sorted(a.therapies());
        } else if (c instanceof OnTherapy o) {
            n = new CriterionNode(Kind.ON_THERAPY, depth);
            n.therapies = sorted(o.therapies());
        } else if (c instanceof Received r) {
            n = new CriterionNode(Kind.RECEIVED, depth);
            n.therapies = sorted(r.therapies());
        } else if (c instanceof NotEligibleOrFailed e) {
            n = new CriterionNode(Kind.NOT_ELIGIBLE_OR_FAILED, depth);
            n.therapies = sorted(e.therapies());
        } else if (c instanceof Age a) {
            n = new CriterionNode(Kind.AGE, depth);
            n.min = a.min() == null ? null : BigDecimal.valueOf(a.min());
            n.max = a.max() == null ? null : BigDecimal.valueOf(a.max());
        } else if (c instanceof Findings f) {
            n = new CriterionNode(Kind.FINDINGS, depth);
            n.factors = sorted(f.factors());
            n.statuses = f.accepted().stream().map(Enum::name).sorted().collect(Collectors.toList());
            n.everyFactor = f.everyFactor();
        } else {
            throw new IllegalArgumentException("Unknown criterion " + c);
        }
        n.label = c.label();
        return n;
    }

    /** The leaf criterion these parameters describe; a domain field error names this node's property. */
    Criterion leaf() {
        return switch (kind) {
            case MEASURE -> new Measure(label(), code, aggregate, comparison, threshold, withinMonths);
            case RANGE -> new Range(label(), code, min, max, withinMonths);
            case VALUE_IN -> new ValueIn(label(), code, split(values));
            case TEST -> new TestResult(label(), code, positive);
            case CHANGE -> new Change(label(), code, decrease, threshold, percent);
            case FAILED_TRIALS -> new FailedTrials(label(), set(therapies), count == null ? 0 : count);
            case ADHERENCE -> new Adherence(label(), set(therapies));
            case ON_THERAPY -> new OnTherapy(label(), set(therapies));
            case RECEIVED -> new Received(label(), set(therapies));
            case NOT_ELIGIBLE_OR_FAILED -> new NotEligibleOrFailed(label(), set(therapies));
            case AGE -> new Age(label(), min == null ? null : min.intValue(), max == null ? null : max.intValue());
            case FINDINGS -> new Findings(label(), set(factors), statuses(), everyFactor);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    /** The editor property a domain field error belongs to. */
    String property(String field) {
        if (field == null) {
            return "label";
        }
        return switch (field) {
            case "threshold", "amount" -> "threshold";
            case "min" -> kind == Kind.FAILED_TRIALS ? "count" : "min";
            case "max" -> "max";
            case "withinMonths" -> "withinMonths";
            case "therapies" -> "therapies";
            case "factors" -> "factors";
            case "accepted" -> "statuses";
            case "values" -> "values";
            case "code" -> "code";
            default -> "label";
        };
    }

    private Set<FindingStatus> statuses() {
        if (statuses == null || statuses.isEmpty()) {
            return Set.of();
        }
        return statuses.stream()
                .map(FindingStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingStatus.class)));
    }

    private static Set<String> split(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> set(List<String> codes) {
        return codes == null ? Set.of() : new LinkedHashSet<>(codes);
    }

    private static List<String> sorted(Set<String> codes) {
        return new ArrayList<>(new TreeSet<>(codes));
    }

    void place(int row, int depth) {
        this.row = row;
        this.depth = depth;
    }

    /** The prefix of this row's field paths, e.g. "criteria[3]." (errors from {@link CriterionTree} use it). */
    public String getPath() {
        return "criteria[" + row + "].";
    }

    public int getRow() {
        return row;
    }

    /** The 1-based number the page shows ("Criterion 3"). */
    public int getNumber() {
        return row + 1;
    }

    public boolean isGroup() {
        return kind.isGroup();
    }

    /** Whether criteria can be added under this node: all-of and any-of groups always, a "not" while empty. */
    boolean acceptsParts(boolean hasParts) {
        return kind == Kind.ALL || kind == Kind.ANY || (kind == Kind.NOT && !hasParts);
    }

    public Kind getKind() {
        return kind;
    }

    public int getDepth() {
        return depth;
    }

    public String label() {
        return label == null || label.isBlank() ? null : label.strip();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Aggregate getAggregate() {
        return aggregate;
    }

    public void setAggregate(Aggregate aggregate) {
        this.aggregate = aggregate;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public void setComparison(Comparison comparison) {
        this.comparison = comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public Integer getWithinMonths() {
        return withinMonths;
    }

    public void setWithinMonths(Integer withinMonths) {
        this.withinMonths = withinMonths;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public boolean isPositive() {
        return positive;
    }

    public void setPositive(boolean positive) {
        this.positive = positive;
    }

    public boolean isDecrease() {
        return decrease;
    }

    public void setDecrease(boolean decrease) {
        this.decrease = decrease;
    }

    public boolean isPercent() {
        return percent;
    }

    public void setPercent(boolean percent) {
        this.percent = percent;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public boolean isEveryFactor() {
        return everyFactor;
    }

    public void setEveryFactor(boolean everyFactor) {
        this.everyFactor = everyFactor;
    }

    public List<String> getTherapies() {
        return therapies;
    }

    public void setTherapies(List<String> therapies) {
        this.therapies = therapies == null ? new ArrayList<>() : new ArrayList<>(therapies);
    }

    public List<String> getFactors() {
        return factors;
    }

    public void setFactors(List<String> factors) {
        this.factors = factors == null ? new ArrayList<>() : new ArrayList<>(factors);
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    /** The kind this node is to become when the administrator applies "Change kind". */
    public Kind getNewKind() {
        return newKind;
    }

    public void setNewKind(Kind newKind) {
        this.newKind = newKind;
    }

    /** The kind of criterion "Add" puts under this group. */
    public Kind getAddKind() {
        return addKind;
    }

    public void setAddKind(Kind addKind) {
        this.addKind = addKind;
    }
}
