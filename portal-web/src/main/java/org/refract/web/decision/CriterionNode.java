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
import org.refract.domain.decision.Criterion.Group;
import org.refract.domain.decision.Criterion.Measure;
import org.refract.domain.decision.Criterion.Not;
import org.refract.domain.decision.Criterion.NotEligibleOrFailed;
import org.refract.domain.decision.Criterion.OnTherapy;
import org.refract.domain.decision.Criterion.Range;
import org.refract.domain.decision.Criterion.Received;
import org.refract.domain.decision.Criterion.TestResult;
import org.refract.domain.decision.Criterion.ValueIn;
import org.refract.domain.shared.InvalidInputException;

/**
 * One criterion of a rule as the editor shows it: every parameter an editable property, the tree flattened in
 * reading order with a depth. {@link #toCriteria} rebuilds the tree and reports a bad parameter with its row, so the
 * message appears next to the input.
 */
public class CriterionNode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of node, as the editor names them. */
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
        FINDINGS
    }

    private final Kind kind;
    private final int depth;
    private int row;
    private String label;
    private String code;
    private Aggregate aggregate;
    private Comparison comparison;
    private BigDecimal threshold;
    private Integer withinMonths;
    private BigDecimal min;
    private BigDecimal max;
    private String values;
    private boolean positive;
    private boolean decrease;
    private boolean percent;
    private Integer count;
    private boolean everyFactor;

    private CriterionNode(Kind kind, int depth) {
        this.kind = kind;
        this.depth = depth;
    }

    /** The tree in reading order. */
    public static List<CriterionNode> flatten(Criterion criterion) {
        List<CriterionNode> nodes = new ArrayList<>();
        add(criterion, 0, nodes);
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).row = i;
        }
        return nodes;
    }

    private static void add(Criterion c, int depth, List<CriterionNode> nodes) {
        CriterionNode n;
        if (c instanceof Group g) {
            n = new CriterionNode(g.all() ? Kind.ALL : Kind.ANY, depth);
            nodes.add(n);
            g.parts().forEach(p -> add(p, depth + 1, nodes));
        } else if (c instanceof Not not) {
            n = new CriterionNode(Kind.NOT, depth);
            nodes.add(n);
            add(not.part(), depth + 1, nodes);
        } else {
            n = leaf(c, depth);
            nodes.add(n);
        }
        n.label = c.label();
    }

    private static CriterionNode leaf(Criterion c, int depth) {
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
            n.values = join(v.values());
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
            n.values = join(f.therapies());
            n.count = f.min();
        } else if (c instanceof Adherence a) {
            n = new CriterionNode(Kind.ADHERENCE, depth);
            n.values = join(a.therapies());
        } else if (c instanceof OnTherapy o) {
            n = new CriterionNode(Kind.ON_THERAPY, depth);
            n.values = join(o.therapies());
        } else if (c instanceof Received r) {
            n = new CriterionNode(Kind.RECEIVED, depth);
            n.values = join(r.therapies());
        } else if (c instanceof NotEligibleOrFailed e) {
            n = new CriterionNode(Kind.NOT_ELIGIBLE_OR_FAILED, depth);
            n.values = join(e.therapies());
        } else if (c instanceof Age a) {
            n = new CriterionNode(Kind.AGE, depth);
            n.min = a.min() == null ? null : BigDecimal.valueOf(a.min());
            n.max = a.max() == null ? null : BigDecimal.valueOf(a.max());
        } else if (c instanceof Findings f) {
            n = new CriterionNode(Kind.FINDINGS, depth);
            n.code = join(f.factors());
            n.values = f.accepted().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            n.everyFactor = f.everyFactor();
        } else {
            throw new IllegalArgumentException("Unknown criterion " + c);
        }
        return n;
    }

    /**
     * Rebuilds the tree from the (edited) rows.
     *
     * @throws InvalidInputException with the field path "criteria[row].property" of the first bad parameter
     */
    public static Criterion toCriteria(List<CriterionNode> nodes) {
        int[] next = {0};
        Criterion root = build(nodes, next);
        if (next[0] != nodes.size()) {
            throw new InvalidInputException("criteria", "The criteria must form one tree.");
        }
        return root;
    }

    private static Criterion build(List<CriterionNode> nodes, int[] next) {
        int row = next[0]++;
        CriterionNode n = nodes.get(row);
        try {
            if (n.kind == Kind.ALL || n.kind == Kind.ANY || n.kind == Kind.NOT) {
                List<Criterion> parts = new ArrayList<>();
                while (next[0] < nodes.size() && nodes.get(next[0]).depth > n.depth) {
                    parts.add(build(nodes, next));
                }
                if (n.kind == Kind.NOT) {
                    if (parts.size() != 1) {
                        throw new InvalidInputException("label", "A \"not\" needs exactly one criterion.");
                    }
                    return new Not(n.label(), parts.get(0));
                }
                return new Group(n.label(), n.kind == Kind.ALL, parts);
            }
            return n.leaf();
        } catch (InvalidInputException e) {
            if (e.field() != null && e.field().startsWith("criteria[")) {
                throw e;
            }
            throw new InvalidInputException("criteria[" + row + "]." + n.property(e.field()), e.getMessage());
        }
    }

    /** The editor property a domain field error belongs to. */
    private String property(String field) {
        if (field == null) {
            return "label";
        }
        return switch (field) {
            case "threshold", "amount" -> "threshold";
            case "min" -> kind == Kind.FAILED_TRIALS ? "count" : "min";
            case "max" -> "max";
            case "withinMonths" -> "withinMonths";
            case "values", "therapies", "accepted" -> "values";
            case "factors", "code" -> "code";
            default -> "label";
        };
    }

    private Criterion leaf() {
        return switch (kind) {
            case MEASURE -> new Measure(label(), code, aggregate, comparison, threshold, withinMonths);
            case RANGE -> new Range(label(), code, min, max, withinMonths);
            case VALUE_IN -> new ValueIn(label(), code, split(values));
            case TEST -> new TestResult(label(), code, positive);
            case CHANGE -> new Change(label(), code, decrease, threshold, percent);
            case FAILED_TRIALS -> new FailedTrials(label(), split(values), count == null ? 0 : count);
            case ADHERENCE -> new Adherence(label(), split(values));
            case ON_THERAPY -> new OnTherapy(label(), split(values));
            case RECEIVED -> new Received(label(), split(values));
            case NOT_ELIGIBLE_OR_FAILED -> new NotEligibleOrFailed(label(), split(values));
            case AGE -> new Age(label(), min == null ? null : min.intValue(), max == null ? null : max.intValue());
            case FINDINGS -> new Findings(label(), split(code), statuses(), everyFactor);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private Set<FindingStatus> statuses() {
        try {
            return split(values).stream()
                    .map(s -> FindingStatus.valueOf(s.toUpperCase()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingStatus.class)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "accepted", "Use the statuses " + Arrays.toString(FindingStatus.values()) + ".");
        }
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

    private static String join(Set<String> values) {
        return String.join(", ", new TreeSet<>(values));
    }

    /** The prefix of this row's field paths, e.g. "criteria[3]." (errors from {@link #toCriteria} use it). */
    public String getPath() {
        return "criteria[" + row + "].";
    }

    public boolean isGroup() {
        return kind == Kind.ALL || kind == Kind.ANY;
    }

    /** Whether a group is all-of (true) or any-of (false). */
    public boolean isAllOf() {
        return kind == Kind.ALL;
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
}
