package org.refract.domain.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.casework.TrialAssessment;

/**
 * What the rules may look at, taken from a case on one day: birth year, measurements, treatment lines, resistance
 * findings, and therapies proposed in a review. Plain values, so that vignettes and the admin preview build them
 * without a database.
 *
 * @param on the day of the evaluation (ages, "ongoing" and review dates count from it)
 * @param birthYear the patient's birth year, or null when unknown
 * @param sex the patient's recorded sex (F, M or X), or null when unknown (safety rules such as valproate's read it)
 * @param measurements every recorded measurement
 * @param lines every treatment line
 * @param findings resistance-factor code to the team's finding
 * @param proposedTherapies therapy codes proposed in a review, checked by safety rules
 */
public record CaseFacts(
        LocalDate on,
        Integer birthYear,
        String sex,
        List<Measurement> measurements,
        List<Line> lines,
        Map<String, FindingStatus> findings,
        Set<String> proposedTherapies) {

    /** One measurement: a number (also 0/1 for tests) or a value-set code. */
    public record Measurement(String code, BigDecimal number, String valueCode, String unit, LocalDate date) {

        public Measurement {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(date, "date");
        }

        public static Measurement number(String code, String value, String unit, LocalDate date) {
            return new Measurement(code, new BigDecimal(value), null, unit, date);
        }

        public static Measurement coded(String code, String value, LocalDate date) {
            return new Measurement(code, null, value, null, date);
        }

        /** The value as shown next to a criterion, e.g. "320 cells/uL on 2026-10-01". */
        public String display() {
            String value = number != null ? number.stripTrailingZeros().toPlainString() : valueCode;
            return code + " " + value + (unit == null || unit.isBlank() || number == null ? "" : " " + unit) + " on "
                    + date;
        }
    }

    /** One treatment line as the rules see it. */
    public record Line(
            String therapy,
            LocalDate start,
            LocalDate end,
            TreatmentResponse response,
            TrialAssessment assessment,
            Boolean adherenceConfirmed) {

        public Line {
            Objects.requireNonNull(therapy, "therapy");
            Objects.requireNonNull(start, "start");
        }

        public boolean isOngoingOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }

        public boolean isFailedAdequateTrial() {
            return assessment == TrialAssessment.ADEQUATE_FAILURE;
        }

        public String display() {
            return therapy + " from " + start + (end == null ? "" : " to " + end)
                    + (response == null ? "" : ", response " + response.name().toLowerCase());
        }
    }

    public CaseFacts {
        Objects.requireNonNull(on, "on");
        sex = sex == null || sex.isBlank() ? null : sex.strip().toUpperCase(java.util.Locale.ROOT);
        measurements = List.copyOf(measurements);
        lines = List.copyOf(lines);
        findings = Map.copyOf(findings);
        proposedTherapies = Set.copyOf(proposedTherapies);
    }

    /** Facts without a recorded sex. */
    public CaseFacts(
            LocalDate on,
            Integer birthYear,
            List<Measurement> measurements,
            List<Line> lines,
            Map<String, FindingStatus> findings,
            Set<String> proposedTherapies) {
        this(on, birthYear, null, measurements, lines, findings, proposedTherapies);
    }

    /** The facts of a recorded case (observations, lines and findings must be loaded). */
    public static CaseFacts of(ClinicalCase clinicalCase, LocalDate on, Set<String> proposedTherapies) {
        List<Measurement> measurements = clinicalCase.getObservations().stream()
                .map(o -> new Measurement(
                        o.getInstrument().getCode(),
                        o.getValue().number(),
                        o.getValue().code(),
                        o.getUnit(),
                        o.getObservedOn()))
                .toList();
        List<Line> lines = clinicalCase.getTreatmentLines().stream()
                .map(l -> new Line(
                        l.getTherapy().getCode(),
                        l.getStartDate(),
                        l.getEndDate(),
                        l.getResponse(),
                        l.trialAssessment(),
                        l.getAdherenceConfirmed()))
                .toList();
        Map<String, FindingStatus> findings = clinicalCase.getFindings().stream()
                .collect(Collectors.toMap(f -> f.getFactor().getCode(), f -> f.getStatus(), (a, b) -> b));
        return new CaseFacts(
                on,
                clinicalCase.getPatient().getBirthYear(),
                clinicalCase.getPatient().getSex() == null
                        ? null
                        : clinicalCase.getPatient().getSex().name(),
                measurements,
                lines,
                findings,
                proposedTherapies);
    }

    /** The patient's age in whole years this year, as far as a birth year tells. */
    public Optional<Integer> age() {
        return Optional.ofNullable(birthYear).map(year -> on.getYear() - year);
    }

    /** Measurements of one instrument, newest first, up to the evaluation day. */
    public List<Measurement> measurementsOf(String code) {
        return measurements.stream()
                .filter(m -> m.code().equals(code) && !m.date().isAfter(on))
                .sorted(Comparator.comparing(Measurement::date).reversed())
                .toList();
    }

    public List<Line> linesOf(Set<String> therapies) {
        return lines.stream()
                .filter(l -> therapies.isEmpty() || therapies.contains(l.therapy()))
                .toList();
    }

    /** Therapies the patient is on today, plus the ones proposed. */
    public boolean isOnOrProposed(String therapy) {
        return isOnOrProposed(therapy, null, null);
    }

    /**
     * Proposed, or on a line of the therapy that is running today or ended at most {@code endedWithinMonths} ago
     * (a drug that still acts after the last dose), and, when {@code startedWithinMonths} is given, that started
     * at most that many months ago (a risk that fades with tolerated use). Null limits are not applied.
     */
    public boolean isOnOrProposed(String therapy, Integer startedWithinMonths, Integer endedWithinMonths) {
        if (proposedTherapies.contains(therapy)) {
            return true;
        }
        return lines.stream()
                .filter(l -> l.therapy().equals(therapy) && !l.start().isAfter(on))
                .filter(l -> l.isOngoingOn(on)
                        || (endedWithinMonths != null
                                && l.end() != null
                                && !l.end().isBefore(on.minusMonths(endedWithinMonths))))
                .anyMatch(l -> startedWithinMonths == null || !l.start().isBefore(on.minusMonths(startedWithinMonths)));
    }

    public CaseFacts withProposed(Set<String> therapies) {
        return new CaseFacts(on, birthYear, sex, measurements, lines, findings, therapies);
    }
}
