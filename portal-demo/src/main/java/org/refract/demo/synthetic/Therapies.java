package org.refract.demo.synthetic;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Plausible doses and readable names for the therapies the factory prescribes. Illustrative, not guidance. */
final class Therapies {

    private static final Map<String, String> DOSES = Map.ofEntries(
            Map.entry("omalizumab", "Subcutaneous, every 2 to 4 weeks by IgE and weight"),
            Map.entry("mepolizumab", "100 mg subcutaneously every 4 weeks"),
            Map.entry("reslizumab", "3 mg/kg intravenously every 4 weeks"),
            Map.entry("benralizumab", "30 mg subcutaneously every 4 weeks for 3 doses, then every 8 weeks"),
            Map.entry("dupilumab", "300 mg subcutaneously every 2 weeks"),
            Map.entry("tezepelumab", "210 mg subcutaneously every 4 weeks"),
            Map.entry("bronchial-thermoplasty", "Three bronchoscopic sessions"),
            Map.entry("pyridostigmine", "60 mg four times daily"),
            Map.entry("azathioprine", "2.5 mg/kg daily"),
            Map.entry("mycophenolate", "1 g twice daily"),
            Map.entry("methotrexate", "15 mg weekly"),
            Map.entry("ivig", "2 g/kg over 5 days, repeated every 6 weeks"),
            Map.entry("plasma-exchange", "Five exchanges over 10 days"),
            Map.entry("rituximab", "375 mg/m2 weekly for 4 weeks"),
            Map.entry("eculizumab", "900 mg weekly for 4 weeks, then 1200 mg every 2 weeks"),
            Map.entry("ravulizumab", "Weight-based intravenous maintenance every 8 weeks"),
            Map.entry("efgartigimod", "10 mg/kg weekly for 4 weeks per cycle"),
            Map.entry("thymectomy", "Extended transsternal thymectomy"),
            Map.entry("fviii-concentrate", "Prophylaxis 25 to 40 IU/kg three times weekly"),
            Map.entry("fix-concentrate", "Prophylaxis 40 IU/kg twice weekly"),
            Map.entry("iti", "High-dose factor concentrate daily"),
            Map.entry("apcc", "50 to 100 U/kg for bleeds"),
            Map.entry("rfviia", "90 micrograms/kg every 2 to 3 hours for bleeds"),
            Map.entry("emicizumab", "3 mg/kg weekly for 4 weeks, then 1.5 mg/kg weekly"),
            Map.entry("valoctocogene-roxaparvovec", "Single infusion, 6 x 10^13 vector genomes/kg"),
            Map.entry("levetiracetam", "1500 mg twice daily"),
            Map.entry("valproate", "1000 mg twice daily"),
            Map.entry("lamotrigine", "200 mg twice daily"),
            Map.entry("carbamazepine", "600 mg twice daily"),
            Map.entry("cenobamate", "Titrated to 200 mg daily"),
            Map.entry("epilepsy-surgery", "Resective surgery after presurgical evaluation"),
            Map.entry("vagus-nerve-stimulation", "Implanted stimulator, settings titrated"));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("high-dose-ics-laba", "high-dose ICS/LABA"),
            Map.entry("ivig", "IVIg"),
            Map.entry("fviii-concentrate", "FVIII concentrate"),
            Map.entry("fix-concentrate", "FIX concentrate"),
            Map.entry("iti", "immune tolerance induction"),
            Map.entry("apcc", "aPCC"),
            Map.entry("rfviia", "rFVIIa"),
            Map.entry("valoctocogene-roxaparvovec", "gene therapy"));

    private Therapies() {}

    static String dose(String therapyCode) {
        String dose = DOSES.get(therapyCode);
        if (dose == null) {
            throw new IllegalArgumentException("No dose known for therapy " + therapyCode);
        }
        return dose;
    }

    static String name(String therapyCode) {
        return NAMES.getOrDefault(therapyCode, therapyCode.replace('-', ' '));
    }

    /** "a, b and c" in the order given, each therapy once. */
    static String describe(List<TreatmentHistory.Step> steps) {
        List<String> names =
                steps.stream().map(s -> name(s.therapyCode())).distinct().collect(Collectors.toList());
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
