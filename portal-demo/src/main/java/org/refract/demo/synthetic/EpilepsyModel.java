package org.refract.demo.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.refract.demo.synthetic.TreatmentHistory.Step;

/**
 * Epilepsy referred to the epilepsy MDT as possibly drug-resistant: seizures continue (1–30 a month, seizure-free
 * spells of at most six months) after two or more antiseizure medicines; surgery or stimulation considered later.
 */
final class EpilepsyModel implements ConditionModel {

    private static final List<String> FACTORS = List.of(
            "adherence",
            "side-effects",
            "misdiagnosis",
            "anxiety-depression",
            "sleep-apnoea",
            "disease-duration",
            "cost-access",
            "hla");

    @Override
    public String conditionCode() {
        return "epilepsy";
    }

    @Override
    public String teamCode() {
        return "epilepsy";
    }

    @Override
    public int minAge() {
        return 6;
    }

    @Override
    public int maxAge() {
        return 78;
    }

    @Override
    public double femaleShare() {
        return 0.5;
    }

    @Override
    public List<String> instrumentCodes() {
        return List.of("seizures-per-month", "seizure-free-months", "weight-kg");
    }

    @Override
    public List<String> therapyCodes() {
        return List.of(
                "levetiracetam",
                "valproate",
                "lamotrigine",
                "carbamazepine",
                "cenobamate",
                "epilepsy-surgery",
                "vagus-nerve-stimulation");
    }

    @Override
    public List<String> factorCodes() {
        return FACTORS;
    }

    @Override
    public void fill(CaseDraft draft) {
        Dice dice = draft.dice;
        double frequency = dice.logNormal(6, 0.8);
        int seizures = 0;
        for (int i = dice.between(5, 6); i > 0; i--) {
            seizures = Dice.clamp(frequency * dice.logNormal(1, 0.3), 1, 30, 0).intValue();
            draft.measure("seizures-per-month", seizures);
        }
        int seizureFree = 0;
        for (int i = dice.between(2, 3); i > 0; i--) {
            seizureFree = dice.weighted(List.of(0, 1, 2, 3, 4, 5, 6), 30, 22, 16, 12, 8, 7, 5);
            draft.measure("seizure-free-months", seizureFree);
        }
        double weight = draft.age < 18 ? 4 + draft.age * 3.2 + dice.normal(0, 3) : dice.normal(76, 15);
        draft.measure("weight-kg", Dice.clamp(weight, 15, 180, 1));

        List<Step> steps = steps(dice, draft.female() && draft.age < 50);
        draft.lines().addAll(TreatmentHistory.build(dice, draft.today, draft.birthYear, steps));

        var known = new LinkedHashMap<String, Boolean>();
        long intolerant = draft.lines().stream()
                .filter(l -> "INTOLERANT".equals(l.response()))
                .count();
        if (intolerant > 0) {
            known.put("side-effects", true);
        }
        Findings.assess(draft, known, FACTORS);

        draft.describe(
                title(dice),
                draft.age + "-year-old " + draft.person() + " with focal epilepsy. About "
                        + seizures + " seizures a month; longest recent seizure-free spell " + seizureFree
                        + (seizureFree == 1 ? " month" : " months") + ". Treated with " + Therapies.describe(steps)
                        + (used(steps, "epilepsy-surgery")
                                ? ". Seizures continue after surgery; referred to review further options."
                                : ". Referred to decide whether the epilepsy is drug-resistant and to consider presurgical "
                                        + "evaluation."));
    }

    /** Valproate is avoided in women who could become pregnant, as guidance requires. */
    private static List<Step> steps(Dice dice, boolean avoidValproate) {
        List<String> medicines = new ArrayList<>(List.of("levetiracetam", "lamotrigine", "carbamazepine"));
        if (!avoidValproate) {
            medicines.add("valproate");
        }
        int count = dice.weighted(List.of(2, 3, 4), 20, 55, 25);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < Math.min(2, count); i++) {
            String medicine = medicines.remove(dice.between(0, medicines.size() - 1));
            steps.add(new Step(medicine, Therapies.dose(medicine)));
        }
        while (steps.size() < count) {
            String next = steps.size() == 2
                    ? dice.weighted(List.of("cenobamate", medicines.get(0)), 50, 50)
                    : dice.weighted(List.of("epilepsy-surgery", "vagus-nerve-stimulation", "cenobamate"), 40, 35, 25);
            String therapy = used(steps, next) ? "vagus-nerve-stimulation" : next;
            steps.add(new Step(therapy, Therapies.dose(therapy)));
        }
        return steps;
    }

    private static boolean used(List<Step> steps, String therapyCode) {
        return steps.stream().anyMatch(s -> s.therapyCode().equals(therapyCode));
    }

    private static String title(Dice dice) {
        return dice.pick(List.of(
                "Focal epilepsy: possible drug resistance after two medicines",
                "Drug-resistant epilepsy: presurgical evaluation?",
                "Epilepsy with frequent seizures despite treatment",
                "Epilepsy: review of antiseizure medication"));
    }
}
