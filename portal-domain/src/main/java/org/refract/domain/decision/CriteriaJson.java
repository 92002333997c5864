package org.refract.domain.decision;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.refract.domain.casework.FindingStatus;
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
import org.refract.domain.decision.Criterion.Recorded;
import org.refract.domain.decision.Criterion.Relative;
import org.refract.domain.decision.Criterion.SexIs;
import org.refract.domain.decision.Criterion.TestResult;
import org.refract.domain.decision.Criterion.ValueIn;
import org.refract.domain.shared.InvalidInputException;

/**
 * Criteria as stored: a JSON tree with a {@code type} per node ("all", "any", "not", "measure", "range", "valueIn",
 * "test", "change", "recorded", "relative", "failedTrials", "adherence", "onTherapy", "received", "notEligibleOrFailed",
 * "age", "sex", "findings"). Optional fields are written only when set, so older rules keep their exact text. Reading
 * validates everything; writing is the exact inverse, so a rule's criteria survive a round trip unchanged.
 */
public final class CriteriaJson {

    private CriteriaJson() {}

    public static Criterion read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return read(reader.readObject());
        } catch (JsonParsingException e) {
            throw new InvalidInputException("criteria", "The criteria are not valid JSON: " + e.getMessage());
        } catch (JsonException | ClassCastException | NullPointerException | NumberFormatException e) {
            throw new InvalidInputException("criteria", "The criteria are malformed: " + e.getMessage());
        }
    }

    public static String write(Criterion criterion) {
        return toJson(criterion).toString();
    }

    static Criterion read(JsonObject o) {
        String label = o.getString("label", null);
        String type = o.getString("type");
        return switch (type) {
            case "all", "any" ->
                new Group(
                        label,
                        type.equals("all"),
                        o.getJsonArray("of").getValuesAs(JsonObject.class).stream()
                                .map(CriteriaJson::read)
                                .toList());
            case "not" -> new Not(label, read(o.getJsonObject("of")));
            case "measure" ->
                new Measure(
                        label,
                        o.getString("code"),
                        Aggregate.valueOf(o.getString("aggregate", "LATEST")),
                        Comparison.valueOf(o.getString("op")),
                        number(o, "threshold"),
                        integer(o, "withinMonths"));
            case "range" ->
                new Range(label, o.getString("code"), number(o, "min"), number(o, "max"), integer(o, "withinMonths"));
            case "valueIn" -> new ValueIn(label, o.getString("code"), strings(o, "values"));
            case "test" -> new TestResult(label, o.getString("code"), o.getBoolean("positive"));
            case "change" ->
                new Change(
                        label,
                        o.getString("code"),
                        "DECREASE".equals(o.getString("direction")),
                        number(o, "amount"),
                        o.getBoolean("percent", false),
                        integer(o, "overMonths"),
                        integer(o, "fromMonth"),
                        integer(o, "sustainedWeeks"));
            case "recorded" -> new Recorded(label, o.getString("code"));
            case "relative" ->
                new Relative(
                        label,
                        o.getString("code"),
                        Comparison.valueOf(o.getString("op")),
                        number(o, "factor"),
                        o.getString("otherCode"));
            case "failedTrials" ->
                new FailedTrials(
                        label,
                        o.containsKey("therapies") ? strings(o, "therapies") : Set.of(),
                        o.containsKey("therapyClasses") ? strings(o, "therapyClasses") : Set.of(),
                        o.getInt("min"),
                        o.getBoolean("countIntolerant", false));
            case "adherence" -> new Adherence(label, strings(o, "therapies"));
            case "onTherapy" ->
                new OnTherapy(
                        label,
                        strings(o, "therapies"),
                        integer(o, "startedWithinMonths"),
                        integer(o, "endedWithinMonths"));
            case "received" -> new Received(label, strings(o, "therapies"));
            case "sex" -> new SexIs(label, strings(o, "values"));
            case "notEligibleOrFailed" -> new NotEligibleOrFailed(label, strings(o, "therapies"));
            case "age" -> new Age(label, integer(o, "min"), integer(o, "max"));
            case "findings" ->
                new Findings(
                        label,
                        strings(o, "factors"),
                        strings(o, "accepted").stream()
                                .map(FindingStatus::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingStatus.class))),
                        o.getBoolean("everyFactor", true));
            default -> throw new InvalidInputException("criteria", "Unknown criterion type \"" + type + "\".");
        };
    }

    static JsonObject toJson(Criterion criterion) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (criterion instanceof Group g) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            g.parts().forEach(p -> parts.add(toJson(p)));
            b.add("type", g.all() ? "all" : "any").add("of", parts);
        } else if (criterion instanceof Not n) {
            b.add("type", "not").add("of", toJson(n.part()));
        } else if (criterion instanceof Measure m) {
            b.add("type", "measure")
                    .add("code", m.code())
                    .add("aggregate", m.aggregate().name())
                    .add("op", m.comparison().name())
                    .add("threshold", m.threshold());
            optional(b, "withinMonths", m.withinMonths());
        } else if (criterion instanceof Range r) {
            b.add("type", "range").add("code", r.code()).add("min", r.min()).add("max", r.max());
            optional(b, "withinMonths", r.withinMonths());
        } else if (criterion instanceof ValueIn v) {
            b.add("type", "valueIn").add("code", v.code()).add("values", array(v.values()));
        } else if (criterion instanceof TestResult t) {
            b.add("type", "test").add("code", t.code()).add("positive", t.positive());
        } else if (criterion instanceof Change c) {
            b.add("type", "change")
                    .add("code", c.code())
                    .add("direction", c.decrease() ? "DECREASE" : "INCREASE")
                    .add("amount", c.amount())
                    .add("percent", c.percent());
            optional(b, "overMonths", c.overMonths());
            optional(b, "fromMonth", c.fromMonth());
            optional(b, "sustainedWeeks", c.sustainedWeeks());
        } else if (criterion instanceof Recorded r) {
            b.add("type", "recorded").add("code", r.code());
        } else if (criterion instanceof Relative r) {
            b.add("type", "relative")
                    .add("code", r.code())
                    .add("op", r.comparison().name())
                    .add("factor", r.factor())
                    .add("otherCode", r.otherCode());
        } else if (criterion instanceof FailedTrials f) {
            b.add("type", "failedTrials");
            if (!f.therapies().isEmpty()) {
                b.add("therapies", array(f.therapies()));
            }
            if (!f.therapyClasses().isEmpty()) {
                b.add("therapyClasses", array(f.therapyClasses()));
            }
            b.add("min", f.min());
            if (f.countIntolerant()) {
                b.add("countIntolerant", true);
            }
        } else if (criterion instanceof Adherence a) {
            b.add("type", "adherence").add("therapies", array(a.therapies()));
        } else if (criterion instanceof OnTherapy t) {
            b.add("type", "onTherapy").add("therapies", array(t.therapies()));
            optional(b, "startedWithinMonths", t.startedWithinMonths());
            optional(b, "endedWithinMonths", t.endedWithinMonths());
        } else if (criterion instanceof SexIs x) {
            b.add("type", "sex").add("values", array(x.values()));
        } else if (criterion instanceof Received r) {
            b.add("type", "received").add("therapies", array(r.therapies()));
        } else if (criterion instanceof NotEligibleOrFailed n) {
            b.add("type", "notEligibleOrFailed").add("therapies", array(n.therapies()));
        } else if (criterion instanceof Age a) {
            b.add("type", "age");
            optional(b, "min", a.min());
            optional(b, "max", a.max());
        } else if (criterion instanceof Findings f) {
            b.add("type", "findings")
                    .add("factors", array(f.factors()))
                    .add("accepted", array(f.accepted().stream().map(Enum::name).collect(Collectors.toSet())))
                    .add("everyFactor", f.everyFactor());
        } else {
            throw new IllegalArgumentException("Unknown criterion " + criterion);
        }
        if (criterion.label() != null && !criterion.label().isBlank()) {
            b.add("label", criterion.label());
        }
        return b.build();
    }

    private static void optional(JsonObjectBuilder b, String name, Integer value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static BigDecimal number(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new InvalidInputException(name, "\"" + name + "\" must be a number.");
    }

    private static Integer integer(JsonObject o, String name) {
        BigDecimal value = number(o, name);
        return value == null ? null : value.intValueExact();
    }

    private static Set<String> strings(JsonObject o, String name) {
        JsonArray array = o.getJsonArray(name);
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static JsonArrayBuilder array(Set<String> values) {
        JsonArrayBuilder b = JSON.createArrayBuilder();
        new TreeSet<>(values).forEach(b::add);
        return b;
    }

    /** All leaf criteria of a tree, depth first (the admin editor lists them). */
    public static List<Criterion> leaves(Criterion criterion) {
        if (criterion instanceof Group g) {
            return g.parts().stream().flatMap(p -> leaves(p).stream()).toList();
        }
        return criterion instanceof Not n ? leaves(n.part()) : List.of(criterion);
    }
}
