package org.refract.demo.synthetic;

import java.util.List;
import java.util.Map;

/**
 * Short evidence texts for resistance findings: for each factor one phrase for when it is present and one for when
 * it was ruled out. Neutral clinical English, nothing that identifies a person or a place.
 */
final class Evidence {

    private record Phrases(String present, String absent) {}

    private static final Map<String, Phrases> BY_FACTOR = Map.ofEntries(
            Map.entry(
                    "steroid-resistance",
                    new Phrases(
                            "Little improvement after an adequate course of corticosteroids",
                            "Clear improvement after a course of corticosteroids")),
            Map.entry(
                    "non-eosinophilic-endotype",
                    new Phrases(
                            "Blood eosinophils repeatedly below 150 cells/uL off oral corticosteroids",
                            "Blood eosinophils repeatedly above 300 cells/uL")),
            Map.entry(
                    "antibody-subtype",
                    new Phrases(
                            "MuSK antibody positive or seronegative on repeated testing",
                            "AChR antibody positive, typical subtype")),
            Map.entry(
                    "inhibitor",
                    new Phrases(
                            "Inhibitor titre of 0.6 BU or more on repeated Bethesda assays",
                            "Bethesda assays negative")),
            Map.entry(
                    "gr-variant",
                    new Phrases(
                            "Glucocorticoid-receptor variant reported on a research panel",
                            "No relevant variant on a research panel")),
            Map.entry(
                    "f8-mutation-type",
                    new Phrases(
                            "High-risk F8 variant (intron-22 inversion, large deletion or " + "nonsense)",
                            "Missense F8 variant with lower inhibitor risk")),
            Map.entry("hla", new Phrases("HLA type associated with a higher risk reported", "HLA typing unremarkable")),
            Map.entry(
                    "tobacco-smoke",
                    new Phrases(
                            "Active smoking reported; exhaled carbon monoxide raised",
                            "Never smoker; no second-hand exposure")),
            Map.entry(
                    "allergen-exposure",
                    new Phrases(
                            "Sensitised to house dust mite with ongoing exposure at home",
                            "No relevant sensitisation on skin-prick testing")),
            Map.entry(
                    "air-pollution",
                    new Phrases(
                            "Symptoms worse on days of high air pollution",
                            "No link between symptoms and air pollution")),
            Map.entry(
                    "occupational-exposure",
                    new Phrases(
                            "Exposure to cleaning agents at work; symptoms improve away from work",
                            "No occupational exposure identified")),
            Map.entry("obesity", new Phrases("Body mass index above 35", "Body mass index in the normal range")),
            Map.entry(
                    "rhinosinusitis",
                    new Phrases(
                            "Chronic rhinosinusitis with nasal polyps on endoscopy",
                            "Ear, nose and throat review normal")),
            Map.entry(
                    "gerd", new Phrases("Reflux symptoms responding to a proton-pump inhibitor", "No reflux symptoms")),
            Map.entry(
                    "sleep-apnoea",
                    new Phrases("Sleep study shows moderate obstructive sleep apnoea", "Sleep study normal")),
            Map.entry(
                    "anxiety-depression",
                    new Phrases(
                            "Anxiety and low mood on a screening questionnaire",
                            "Screening questionnaire for anxiety and depression normal")),
            Map.entry(
                    "adherence",
                    new Phrases(
                            "Prescription refill records show gaps over the last 12 months",
                            "Dispensing records complete over the last 12 months")),
            Map.entry(
                    "inhaler-technique",
                    new Phrases(
                            "Inhaler technique poor when observed",
                            "Correct inhaler technique observed by the specialist nurse")),
            Map.entry(
                    "side-effects",
                    new Phrases(
                            "Side effects limited the dose of earlier treatment",
                            "No treatment-limiting side effects reported")),
            Map.entry(
                    "cost-access",
                    new Phrases("Travel and time costs limit attendance at clinic", "No barriers to access reported")),
            Map.entry(
                    "thymic-pathology",
                    new Phrases("Thymic hyperplasia on chest CT", "No thymic abnormality on chest CT")),
            Map.entry(
                    "disease-duration",
                    new Phrases(
                            "Long-standing disease with signs of irreversible damage",
                            "Short disease duration without fixed damage")),
            Map.entry(
                    "misdiagnosis",
                    new Phrases(
                            "Features of an alternative diagnosis; diagnosis under review",
                            "Diagnosis confirmed on specialist review")));

    private Evidence() {}

    /** Evidence for a status: the factor's phrase, qualified as a suspicion or as addressed where that applies. */
    static String forStatus(String factorCode, String status) {
        Phrases phrases = BY_FACTOR.get(factorCode);
        if (phrases == null) {
            throw new IllegalArgumentException("No evidence phrases for factor " + factorCode);
        }
        return switch (status) {
            case "SUSPECTED" -> "Suspected: " + phrases.present();
            case "CONFIRMED" -> phrases.present();
            case "EXCLUDED" -> phrases.absent();
            case "ADDRESSED" -> phrases.present() + "; addressed and under review";
            default -> throw new IllegalArgumentException("Unknown finding status " + status);
        };
    }

    /** A status without prior knowledge: suspicions and exclusions are the most common. */
    static String anyStatus(Dice dice) {
        return dice.weighted(List.of("SUSPECTED", "CONFIRMED", "EXCLUDED", "ADDRESSED"), 30, 25, 30, 15);
    }

    /** A status for a factor known to be present (or absent) from the case's own data. */
    static String statusKnown(Dice dice, boolean present) {
        return present ? dice.weighted(List.of("CONFIRMED", "SUSPECTED", "ADDRESSED"), 65, 20, 15) : "EXCLUDED";
    }

    static boolean knows(String factorCode) {
        return BY_FACTOR.containsKey(factorCode);
    }
}
