package org.refract.demo.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinical part of a case while a {@link ConditionModel} fills it in: measurements, treatment lines, findings,
 * title and summary. The factory adds the patient, the status and the timestamps.
 */
final class CaseDraft {

    /** A measurement before the factory gives it a unit and an entry time. */
    record Measurement(String instrumentCode, BigDecimal number, String code, LocalDate observedOn) {}

    /** Observations spread over the last two years (730 days including today). */
    static final int OBSERVATION_WINDOW_DAYS = 730;

    final Dice dice;
    final LocalDate today;
    final int birthYear;
    final int age;
    final String sex;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<TreatmentLineBlueprint> lines = new ArrayList<>();
    private final Map<String, FindingBlueprint> findings = new LinkedHashMap<>();
    private String title;
    private String summary;

    CaseDraft(Dice dice, LocalDate today, int birthYear, String sex) {
        this.dice = dice;
        this.today = today;
        this.birthYear = birthYear;
        this.age = today.getYear() - birthYear;
        this.sex = sex;
    }

    /** A day within the observation window, never after today. */
    LocalDate recentDay() {
        return today.minusDays(dice.between(0, OBSERVATION_WINDOW_DAYS - 1));
    }

    void measure(String instrumentCode, BigDecimal value) {
        measurements.add(new Measurement(instrumentCode, value, null, recentDay()));
    }

    void measure(String instrumentCode, long value) {
        measure(instrumentCode, BigDecimal.valueOf(value));
    }

    void classify(String instrumentCode, String code) {
        measurements.add(new Measurement(instrumentCode, null, code, recentDay()));
    }

    void test(String instrumentCode, boolean positive) {
        measure(instrumentCode, positive ? 1 : 0);
    }

    void treat(TreatmentLineBlueprint line) {
        lines.add(line);
    }

    /** Records one finding per factor; a second finding for the same factor replaces the first. */
    void find(String factorCode, String status, String evidence) {
        findings.put(factorCode, new FindingBlueprint(factorCode, status, evidence, recentDay()));
    }

    boolean hasFinding(String factorCode) {
        return findings.containsKey(factorCode);
    }

    int findingCount() {
        return findings.size();
    }

    void describe(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    List<Measurement> measurements() {
        return measurements;
    }

    List<TreatmentLineBlueprint> lines() {
        return lines;
    }

    List<FindingBlueprint> findings() {
        return List.copyOf(findings.values());
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    boolean female() {
        return "F".equals(sex);
    }

    /** "woman", "man" or "person": the summary never says more about the patient than age and sex. */
    String person() {
        return switch (sex) {
            case "F" -> age < 18 ? "girl" : "woman";
            case "M" -> age < 18 ? "boy" : "man";
            default -> age < 18 ? "child" : "person";
        };
    }
}
