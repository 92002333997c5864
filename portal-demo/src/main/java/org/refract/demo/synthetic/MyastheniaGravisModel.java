package org.refract.demo.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.refract.demo.synthetic.TreatmentHistory.Step;

/**
 * Generalised myasthenia gravis referred to the neuromuscular MDT: AChR antibodies in about 80%, MuSK in about 8%,
 * the rest seronegative (some LRP4); MGFA class mostly IIa–IVb, MG-ADL mostly 4–14 and QMG 8–25 despite
 * pyridostigmine and immunosuppression.
 */
final class MyastheniaGravisModel implements ConditionModel {

    private static final List<String> FACTORS = List.of(
            "antibody-subtype",
            "thymic-pathology",
            "steroid-resistance",
            "hla",
            "adherence",
            "side-effects",
            "cost-access",
            "disease-duration",
            "misdiagnosis",
            "anxiety-depression",
            "obesity");

    private static final List<String> MGFA = List.of("I", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "V");

    private enum Serotype {
        ACHR,
        MUSK,
        SERONEGATIVE
    }

    @Override
    public String conditionCode() {
        return "myasthenia-gravis";
    }

    @Override
    public String teamCode() {
        return "neuromuscular";
    }

    @Override
    public int minAge() {
        return 18;
    }

    @Override
    public int maxAge() {
        return 85;
    }

    @Override
    public double femaleShare() {
        return 0.6;
    }

    @Override
    public List<String> instrumentCodes() {
        return List.of("mgfa-class", "mg-adl", "qmg", "achr-ab", "musk-ab", "lrp4-ab", "weight-kg");
    }

    @Override
    public List<String> therapyCodes() {
        return List.of(
                "pyridostigmine",
                "azathioprine",
                "mycophenolate",
                "methotrexate",
                "ivig",
                "plasma-exchange",
                "rituximab",
                "eculizumab",
                "ravulizumab",
                "efgartigimod",
                "thymectomy");
    }

    @Override
    public List<String> factorCodes() {
        return FACTORS;
    }

    @Override
    public void fill(CaseDraft draft) {
        Dice dice = draft.dice;
        Serotype serotype = dice.weighted(List.of(Serotype.ACHR, Serotype.MUSK, Serotype.SERONEGATIVE), 80, 8, 12);
        boolean lrp4 = serotype == Serotype.SERONEGATIVE && dice.chance(0.25);
        int severity = dice.weighted(List.of(0, 1, 2, 3, 4, 5, 6, 7), 3, 15, 14, 20, 19, 11, 13, 5);
        double adlLevel = dice.normal(9, 2.6);
        double qmgLevel = dice.normal(16, 4.2);

        String mgfa = MGFA.get(severity);
        draft.classify("mgfa-class", mgfa);
        if (dice.chance(0.8)) {
            draft.classify("mgfa-class", MGFA.get(Math.max(0, Math.min(7, severity + dice.between(-1, 1)))));
        }
        int adl = 0;
        for (int i = dice.chance(0.5) ? 4 : 3; i > 0; i--) {
            adl = Dice.clamp(adlLevel + dice.normal(0, 1.5), 0, 24, 0).intValue();
            draft.measure("mg-adl", adl);
        }
        int qmg = 0;
        for (int i = 2; i > 0; i--) {
            qmg = Dice.clamp(qmgLevel + dice.normal(0, 2), 0, 39, 0).intValue();
            draft.measure("qmg", qmg);
        }
        draft.test("achr-ab", serotype == Serotype.ACHR);
        if (serotype != Serotype.ACHR || dice.chance(0.2)) {
            draft.test("musk-ab", serotype == Serotype.MUSK);
        }
        if (serotype == Serotype.SERONEGATIVE) {
            draft.test("lrp4-ab", lrp4);
        }
        if (dice.chance(0.5)) {
            draft.measure("weight-kg", Dice.clamp(dice.normal(80, 16), 40, 180, 1));
        }

        List<Step> steps = steps(dice, serotype);
        draft.lines().addAll(TreatmentHistory.build(dice, draft.today, draft.birthYear, steps));

        var known = new LinkedHashMap<String, Boolean>();
        known.put("antibody-subtype", serotype != Serotype.ACHR);
        if (dice.chance(0.5)) {
            known.put("steroid-resistance", true);
        }
        Findings.assess(draft, known, FACTORS);

        String antibodies = switch (serotype) {
            case ACHR -> "AChR antibody positive";
            case MUSK -> "MuSK antibody positive";
            case SERONEGATIVE -> lrp4 ? "LRP4 antibody positive, AChR and MuSK negative" : "seronegative";
        };
        draft.describe(
                title(dice, antibodies),
                draft.age + "-year-old " + draft.person()
                        + " with generalised myasthenia gravis, " + antibodies + ". MGFA class " + mgfa + ", MG-ADL "
                        + adl
                        + ", QMG " + qmg + ". Persistent weakness despite " + Therapies.describe(steps)
                        + ". Referred to assess refractory disease and to discuss rescue and targeted therapies.");
    }

    private static List<Step> steps(Dice dice, Serotype serotype) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("pyridostigmine", Therapies.dose("pyridostigmine")));
        int count = dice.weighted(List.of(2, 3, 4), 20, 55, 25);
        List<String> immunosuppressants = new ArrayList<>(List.of("azathioprine", "mycophenolate", "methotrexate"));
        int suppressants = count >= 4 ? 2 : 1;
        for (int i = 0; i < suppressants && steps.size() < count; i++) {
            String therapy = immunosuppressants.remove(dice.between(0, immunosuppressants.size() - 1));
            steps.add(new Step(therapy, Therapies.dose(therapy)));
        }
        if (steps.size() < count) {
            String rescue = switch (serotype) {
                case ACHR ->
                    dice.pick(List.of(
                            "ivig", "plasma-exchange", "eculizumab", "ravulizumab", "efgartigimod", "thymectomy"));
                case MUSK -> dice.pick(List.of("rituximab", "plasma-exchange", "ivig"));
                case SERONEGATIVE -> dice.pick(List.of("ivig", "plasma-exchange", "rituximab"));
            };
            steps.add(new Step(rescue, Therapies.dose(rescue)));
        }
        return steps;
    }

    private static String title(Dice dice, String antibodies) {
        return dice.pick(List.of(
                "Refractory generalised myasthenia gravis, " + antibodies,
                "Myasthenia gravis: persistent weakness despite immunosuppression",
                "Myasthenia gravis: frequent rescue therapy",
                "Generalised myasthenia gravis: review of targeted therapy"));
    }
}
