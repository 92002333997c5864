package org.refract.demo.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.refract.demo.synthetic.TreatmentHistory.Step;

/**
 * Haemophilia A or B referred to the haemophilia MDT: mostly severe (factor level below 1%), a share with
 * inhibitors, some of them high responders (peak titre of 5 BU or more), and breakthrough bleeding (ABR 2–30).
 */
final class HaemophiliaModel implements ConditionModel {

    private final boolean typeA;

    private HaemophiliaModel(boolean typeA) {
        this.typeA = typeA;
    }

    static HaemophiliaModel typeA() {
        return new HaemophiliaModel(true);
    }

    static HaemophiliaModel typeB() {
        return new HaemophiliaModel(false);
    }

    @Override
    public String conditionCode() {
        return typeA ? "haemophilia-a" : "haemophilia-b";
    }

    @Override
    public String teamCode() {
        return "haemophilia";
    }

    @Override
    public int minAge() {
        return 2;
    }

    @Override
    public int maxAge() {
        return 75;
    }

    /** X-linked: almost all patients are male; a few symptomatic female carriers. */
    @Override
    public double femaleShare() {
        return 0.02;
    }

    @Override
    public List<String> instrumentCodes() {
        return typeA
                ? List.of("factor-level-pct", "inhibitor-bu", "inhibitor-peak-bu", "abr", "weight-kg", "aav5-ab")
                : List.of("factor-level-pct", "inhibitor-bu", "inhibitor-peak-bu", "abr", "weight-kg");
    }

    @Override
    public List<String> therapyCodes() {
        return typeA
                ? List.of("fviii-concentrate", "iti", "apcc", "rfviia", "emicizumab", "valoctocogene-roxaparvovec")
                : List.of("fix-concentrate", "iti", "apcc", "rfviia");
    }

    @Override
    public List<String> factorCodes() {
        return typeA
                ? List.of(
                        "inhibitor",
                        "f8-mutation-type",
                        "hla",
                        "adherence",
                        "side-effects",
                        "cost-access",
                        "disease-duration")
                : List.of("inhibitor", "hla", "adherence", "side-effects", "cost-access", "disease-duration");
    }

    @Override
    public void fill(CaseDraft draft) {
        Dice dice = draft.dice;
        String severity = dice.weighted(List.of("severe", "moderate", "mild"), 75, 18, 7);
        boolean inhibitor = dice.chance(typeA ? 0.35 : 0.2);
        boolean highResponder = inhibitor && dice.chance(0.6);
        double peak = !inhibitor ? 0 : highResponder ? dice.logNormal(30, 1.0) : dice.uniform(0.6, 4.9);
        double abrLevel = dice.logNormal(inhibitor ? 12 : 7, 0.45);

        for (int i = 2; i > 0; i--) {
            double level = switch (severity) {
                case "severe" -> dice.uniform(0.0, 0.9);
                case "moderate" -> dice.uniform(1.0, 5.0);
                default -> dice.uniform(5.1, 39.0);
            };
            draft.measure("factor-level-pct", Dice.clamp(level, 0, 200, 1));
        }
        double lastTitre = 0;
        for (int i = inhibitor ? 3 : 2; i > 0; i--) {
            lastTitre = inhibitor ? peak * dice.uniform(0.05, 1.0) : dice.uniform(0.0, 0.4);
            draft.measure("inhibitor-bu", Dice.clamp(lastTitre, 0, 2000, 1));
        }
        if (inhibitor) {
            draft.measure("inhibitor-peak-bu", Dice.clamp(Math.max(peak, 0.6), 0.6, 2000, 1));
        }
        int abr = 0;
        for (int i = dice.between(2, 3); i > 0; i--) {
            abr = Dice.clamp(abrLevel * dice.logNormal(1, 0.2), 2, 30, 0).intValue();
            draft.measure("abr", abr);
        }
        double weight = draft.age < 18 ? 4 + draft.age * 3.2 + dice.normal(0, 3) : dice.normal(79, 14);
        draft.measure("weight-kg", Dice.clamp(weight, 8, 160, 1));
        boolean aav5Tested = typeA && draft.age >= 18 && dice.chance(0.3);
        if (aav5Tested) {
            draft.test("aav5-ab", dice.chance(0.4));
        }

        List<Step> steps = steps(dice, inhibitor, "severe".equals(severity) && draft.age >= 18 && !inhibitor);
        draft.lines().addAll(TreatmentHistory.build(dice, draft.today, draft.birthYear, steps));

        var known = new LinkedHashMap<String, Boolean>();
        known.put("inhibitor", inhibitor);
        if (typeA && dice.chance(0.6)) {
            known.put("f8-mutation-type", inhibitor ? dice.chance(0.8) : dice.chance(0.3));
        }
        Findings.assess(draft, known, factorCodes());

        String kind = typeA ? "A" : "B";
        String inhibitorText = !inhibitor
                ? "No inhibitor on repeated Bethesda assays"
                : highResponder
                        ? "High-responding inhibitor (peak titre " + Dice.clamp(peak, 0, 2000, 1) + " BU)"
                        : "Low-responding inhibitor (peak titre " + Dice.clamp(peak, 0, 2000, 1) + " BU)";
        draft.describe(
                title(dice, kind, severity, inhibitor, highResponder),
                draft.age + "-year-old "
                        + draft.person() + " with " + severity + " haemophilia " + kind + ". " + inhibitorText
                        + ". Annualised bleeding rate " + abr + " despite " + Therapies.describe(steps)
                        + ". Referred to review prophylaxis" + (inhibitor ? ", inhibitor management" : "")
                        + " and joint health.");
    }

    private List<Step> steps(Dice dice, boolean inhibitor, boolean geneTherapyCandidate) {
        String concentrate = typeA ? "fviii-concentrate" : "fix-concentrate";
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(concentrate, "On demand for bleeds"));
        int count = dice.weighted(List.of(2, 3, 4), 25, 50, 25);
        if (inhibitor) {
            List<String> options = new ArrayList<>(List.of("iti", dice.chance(0.5) ? "apcc" : "rfviia"));
            if (typeA) {
                options.add("emicizumab");
            }
            for (String therapy : options) {
                if (steps.size() < count) {
                    steps.add(new Step(therapy, Therapies.dose(therapy)));
                }
            }
        } else {
            steps.add(new Step(concentrate, Therapies.dose(concentrate)));
            if (typeA && steps.size() < count) {
                steps.add(new Step("emicizumab", Therapies.dose("emicizumab")));
            }
            if (typeA && geneTherapyCandidate && steps.size() < count && dice.chance(0.3)) {
                steps.add(new Step("valoctocogene-roxaparvovec", Therapies.dose("valoctocogene-roxaparvovec")));
            }
        }
        return steps;
    }

    private static String title(Dice dice, String kind, String severity, boolean inhibitor, boolean high) {
        if (inhibitor) {
            return dice.pick(List.of(
                    "Haemophilia " + kind + " with " + (high ? "high" : "low") + "-responding inhibitor",
                    "Haemophilia " + kind + ": inhibitor and breakthrough bleeding",
                    "Haemophilia " + kind + " with inhibitor: review of tolerance induction"));
        }
        return dice.pick(List.of(
                "Haemophilia " + kind + " (" + severity + ") with breakthrough bleeding on prophylaxis",
                "Haemophilia " + kind + ": review of prophylaxis",
                "Haemophilia " + kind + " (" + severity + "): joint bleeding despite prophylaxis"));
    }
}
