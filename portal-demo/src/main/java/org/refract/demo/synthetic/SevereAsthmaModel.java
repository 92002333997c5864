package org.refract.demo.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.refract.demo.synthetic.TreatmentHistory.Step;

/**
 * Severe asthma referred to the respiratory MDT: poorly controlled (ACT mostly 8–19) despite high-dose ICS/LABA,
 * frequent steroid-treated exacerbations, mostly a type-2 (eosinophilic) picture with a non-eosinophilic minority.
 */
final class SevereAsthmaModel implements ConditionModel {

    private static final List<String> FACTORS = List.of(
            "steroid-resistance",
            "non-eosinophilic-endotype",
            "gr-variant",
            "tobacco-smoke",
            "allergen-exposure",
            "air-pollution",
            "occupational-exposure",
            "obesity",
            "rhinosinusitis",
            "gerd",
            "sleep-apnoea",
            "anxiety-depression",
            "adherence",
            "inhaler-technique",
            "side-effects",
            "cost-access",
            "disease-duration",
            "misdiagnosis");

    @Override
    public String conditionCode() {
        return "severe-asthma";
    }

    @Override
    public String teamCode() {
        return "respiratory";
    }

    @Override
    public int minAge() {
        return 18;
    }

    @Override
    public int maxAge() {
        return 82;
    }

    @Override
    public double femaleShare() {
        return 0.6;
    }

    @Override
    public List<String> instrumentCodes() {
        return List.of(
                "act",
                "acq",
                "fev1-pct-pred",
                "blood-eos",
                "feno",
                "total-ige",
                "exacerbations-12m",
                "ocs-maintenance-mg",
                "weight-kg");
    }

    @Override
    public List<String> therapyCodes() {
        return List.of(
                "high-dose-ics-laba",
                "omalizumab",
                "mepolizumab",
                "reslizumab",
                "benralizumab",
                "dupilumab",
                "tezepelumab",
                "bronchial-thermoplasty");
    }

    @Override
    public List<String> factorCodes() {
        return FACTORS;
    }

    @Override
    public void fill(CaseDraft draft) {
        Dice dice = draft.dice;
        boolean eosinophilic = dice.chance(0.75);
        boolean allergic = dice.chance(0.5);
        double eosMedian = eosinophilic ? dice.logNormal(330, 0.45) : dice.logNormal(90, 0.4);
        double fenoMedian = eosinophilic ? dice.logNormal(38, 0.45) : dice.logNormal(16, 0.35);
        double igeMedian = allergic ? dice.logNormal(260, 0.8) : dice.logNormal(55, 0.7);
        double actLevel = dice.normal(13.5, 3.0);
        double fev1Level = dice.normal(65, 10);
        int exacerbations = dice.weighted(List.of(2, 3, 4, 5, 6, 7, 8), 20, 22, 18, 14, 10, 9, 7);

        int actCount = dice.chance(0.4) ? 3 : 2;
        int act = 0;
        for (int i = 0; i < actCount; i++) {
            act = Dice.clamp(actLevel + dice.normal(0, 1.5), 5, 25, 0).intValue();
            draft.measure("act", act);
        }
        if (dice.chance(0.7)) {
            draft.measure("acq", Dice.clamp(2.6 - (actLevel - 14) * 0.17 + dice.normal(0, 0.35), 0, 6, 2));
        }
        int fev1 = 0;
        for (int i = dice.between(1, 2); i > 0; i--) {
            fev1 = Dice.clamp(fev1Level + dice.normal(0, 4), 30, 110, 0).intValue();
            draft.measure("fev1-pct-pred", fev1);
        }
        int eos = 0;
        for (int i = dice.between(1, 2); i > 0; i--) {
            eos = Dice.clamp(eosMedian * dice.logNormal(1, 0.25), 0, 5000, 0).intValue();
            draft.measure("blood-eos", eos);
        }
        int feno = Dice.clamp(fenoMedian * dice.logNormal(1, 0.2), 0, 300, 0).intValue();
        boolean fenoMeasured = dice.chance(0.8);
        if (fenoMeasured) {
            draft.measure("feno", feno);
        }
        if (dice.chance(0.8)) {
            draft.measure("total-ige", Dice.clamp(igeMedian, 0, 5000, 0));
        }
        draft.measure("exacerbations-12m", exacerbations);
        boolean onMaintenanceOcs = dice.chance(0.35);
        if (onMaintenanceOcs) {
            draft.measure("ocs-maintenance-mg", dice.pick(List.of(5, 5, 10, 10, 15, 20)));
        }
        if (dice.chance(0.5)) {
            draft.measure("weight-kg", Dice.clamp(dice.normal(82, 17), 40, 180, 1));
        }

        List<TreatmentHistory.Step> steps = steps(dice, eosinophilic, allergic);
        draft.lines().addAll(TreatmentHistory.build(dice, draft.today, draft.birthYear, steps));

        var known = new LinkedHashMap<String, Boolean>();
        known.put("non-eosinophilic-endotype", !eosinophilic);
        TreatmentLineBlueprint inhaled = draft.lines().get(0);
        if (inhaled.inhalerTechniqueChecked() != null && dice.chance(0.7)) {
            known.put("inhaler-technique", !inhaled.inhalerTechniqueChecked());
        }
        if (allergic && dice.chance(0.5)) {
            known.put("allergen-exposure", true);
        }
        Findings.assess(draft, known, FACTORS);

        String phenotype = eosinophilic
                ? (allergic ? "allergic eosinophilic" : "eosinophilic")
                : (allergic ? "allergic" : "non-eosinophilic");
        draft.describe(
                title(dice, phenotype),
                "Adult " + draft.person() + ", " + draft.age + " years, with severe "
                        + phenotype + " asthma. Control remains poor (latest ACT " + act + ") with " + exacerbations
                        + " courses of oral corticosteroids in the last 12 months"
                        + (onMaintenanceOcs ? " and daily maintenance prednisolone" : "") + ". Blood eosinophils " + eos
                        + " cells/uL" + (fenoMeasured ? ", FeNO " + feno + " ppb" : "") + ", FEV1 " + fev1
                        + "% predicted. Treatment so far: " + Therapies.describe(steps)
                        + ". Referred to review adherence, "
                        + "inhaler technique and comorbidities and to discuss biologic options.");
    }

    private static List<Step> steps(Dice dice, boolean eosinophilic, boolean allergic) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(
                "high-dose-ics-laba",
                "High-dose inhaled corticosteroid with long-acting beta-agonist, " + "twice daily"));
        int count = dice.weighted(List.of(2, 3, 4), 25, 50, 25);
        List<String> options = new ArrayList<>();
        if (allergic) {
            options.add("omalizumab");
        }
        if (eosinophilic) {
            options.addAll(List.of("mepolizumab", "benralizumab", "reslizumab", "dupilumab"));
        }
        options.add("tezepelumab");
        while (steps.size() < count && !options.isEmpty()) {
            String therapy = options.remove(dice.between(0, options.size() - 1));
            steps.add(new Step(therapy, Therapies.dose(therapy)));
        }
        if (steps.size() < count) {
            steps.add(new Step("bronchial-thermoplasty", Therapies.dose("bronchial-thermoplasty")));
        }
        return steps;
    }

    private static String title(Dice dice, String phenotype) {
        return dice.pick(List.of(
                "Severe " + phenotype + " asthma, uncontrolled on high-dose ICS/LABA",
                "Severe " + phenotype + " asthma with frequent exacerbations",
                "Severe asthma: review of biologic options",
                "Uncontrolled severe asthma despite add-on therapy",
                "Severe asthma: difficult-to-treat or refractory?"));
    }
}
