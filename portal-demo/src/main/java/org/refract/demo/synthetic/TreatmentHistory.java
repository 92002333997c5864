package org.refract.demo.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a sequence of therapies into dated treatment lines with outcomes. Lines follow each other: each earlier line
 * has ended before the next starts, and only the last may still be running. Outcomes lean towards no or partial
 * response (these are referrals for treatment resistance), with some intolerance.
 */
final class TreatmentHistory {

    /** A therapy and its dose as the clinician would write it. */
    record Step(String therapyCode, String dose) {}

    /** The one inhaled therapy in the seed catalogue: only there is inhaler technique a question. */
    static final String INHALED_THERAPY = "high-dose-ics-laba";

    /** Given by staff in hospital, so adherence is not in doubt. */
    private static final Set<String> GIVEN_IN_HOSPITAL = Set.of(
            "bronchial-thermoplasty",
            "ivig",
            "plasma-exchange",
            "rituximab",
            "eculizumab",
            "thymectomy",
            "iti",
            "valoctocogene-roxaparvovec",
            "epilepsy-surgery",
            "vagus-nerve-stimulation");

    private static final List<String> ADHERENCE_METHODS = List.of(
            "Prescription refill records",
            "Dispensing records reviewed with the pharmacist",
            "Electronic monitoring device",
            "Drug level measurement",
            "Structured interview and diary");

    private TreatmentHistory() {}

    static List<TreatmentLineBlueprint> build(Dice dice, LocalDate today, int birthYear, List<Step> steps) {
        LocalDate earliest = LocalDate.of(birthYear + 1, 1, 1);
        long available = Math.max(60, ChronoUnit.DAYS.between(earliest, today));
        long span = dice.between((int) Math.min(900, available * 2 / 3), (int) Math.min(2500, available));
        LocalDate first = today.minusDays(span);

        double[] weights = new double[steps.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = dice.uniform(0.5, 1.5);
            total += weights[i];
        }
        boolean lastOngoing = dice.chance(0.6);
        List<TreatmentLineBlueprint> lines = new ArrayList<>();
        LocalDate start = first;
        for (int i = 0; i < steps.size(); i++) {
            long length = Math.max(2, Math.round(span * weights[i] / total));
            boolean last = i == steps.size() - 1;
            LocalDate end;
            if (last && lastOngoing) {
                end = null;
            } else if (last) {
                end = start.plusDays(Math.round(length * dice.uniform(0.5, 1.0)));
            } else {
                end = start.plusDays(length - 1 - dice.between(0, (int) Math.min(14, length / 4)));
            }
            if (end != null && end.isAfter(today)) {
                end = today;
            }
            lines.add(line(dice, steps.get(i), start, end));
            start = start.plusDays(length);
            if (start.isAfter(today)) {
                start = today;
            }
        }
        return lines;
    }

    private static TreatmentLineBlueprint line(Dice dice, Step step, LocalDate start, LocalDate end) {
        boolean ongoing = end == null;
        String response = ongoing
                ? dice.weighted(List.of("UNKNOWN", "PARTIAL", "NONE"), 45, 35, 20)
                : dice.weighted(List.of("NONE", "PARTIAL", "INTOLERANT"), 45, 40, 15);
        String reasonStopped = ongoing ? null : reasonStopped(dice, response);

        Boolean adherence;
        String method;
        if (GIVEN_IN_HOSPITAL.contains(step.therapyCode())) {
            adherence = true;
            method = "Given in hospital";
        } else {
            int roll = dice.between(1, 100);
            adherence = roll <= 80 ? Boolean.TRUE : roll <= 90 ? Boolean.FALSE : null;
            method = adherence == null ? null : dice.pick(ADHERENCE_METHODS);
        }
        Boolean technique = INHALED_THERAPY.equals(step.therapyCode()) ? dice.chance(0.8) : null;

        Boolean adequate;
        String adequacyReason = null;
        if ("INTOLERANT".equals(response)) {
            adequate = false;
            adequacyReason = "Stopped early because of adverse effects";
        } else if (ongoing && "UNKNOWN".equals(response)) {
            adequate = null;
        } else if (Boolean.FALSE.equals(adherence)) {
            adequate = false;
            adequacyReason = "Adherence not confirmed";
        } else {
            adequate = dice.chance(0.87);
            if (!adequate) {
                adequacyReason = dice.pick(List.of(
                        "Treatment duration shorter than recommended",
                        "Dose below the recommended target",
                        "Response not assessed at the planned time"));
            }
        }
        return new TreatmentLineBlueprint(
                step.therapyCode(),
                step.dose(),
                start,
                end,
                response,
                reasonStopped,
                adherence,
                method,
                technique,
                adequate,
                adequacyReason);
    }

    private static String reasonStopped(Dice dice, String response) {
        return switch (response) {
            case "NONE" ->
                dice.pick(List.of("No clinically meaningful response", "No improvement at the planned review"));
            case "PARTIAL" ->
                dice.pick(List.of(
                        "Partial response only; treatment escalated", "Improvement below the response threshold"));
            default -> dice.pick(List.of("Stopped because of adverse effects", "Not tolerated"));
        };
    }
}
