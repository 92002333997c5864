package org.refract.domain.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's units as UCUM codes, and the spellings people and lab systems write for them. The catalogue keeps
 * the unit clinicians read ("cells/uL", "points"); integrations send UCUM ("/uL", "{score}") or a listed synonym.
 * Anything else, in particular a unit of another dimension ("mg" for a cell count), is refused by the instrument.
 */
public final class UcumUnits {

    /** Catalogue unit → UCUM code. Units without an entry are already UCUM (%, kg, g/L, mg/L ...). */
    private static final Map<String, String> UCUM = Map.ofEntries(
            Map.entry("points", "{score}"),
            Map.entry("score", "{score}"),
            Map.entry("category", "{category}"),
            Map.entry("type", "{type}"),
            Map.entry("years", "a"),
            Map.entry("cells/uL", "/uL"),
            Map.entry("IU/mL", "[iU]/mL"),
            Map.entry("ppb", "[ppb]"),
            Map.entry("count", "{count}"),
            Map.entry("mg/day", "mg/d"),
            Map.entry("result", "{result}"),
            Map.entry("class", "{class}"),
            Map.entry("BU", "[beth'U]"),
            Map.entry("bleeds/year", "/a"),
            Map.entry("months", "mo"),
            Map.entry("per month", "/mo"));

    /** Synonyms accepted for a catalogue unit, beside the unit itself and its UCUM code (shared/API.md). */
    private static final Map<String, Set<String>> SYNONYMS = Map.of(
            "points", Set.of("score", "{score}", "points", "pts"),
            "cells/uL", Set.of("cells/uL", "cells/µL", "/µL", "10*6/L", "cells/mm3"),
            "count", Set.of("count", "{count}", "events", "{events}"),
            "result", Set.of("result", "positive", "negative", "{result}"),
            "IU/mL", Set.of("IU/mL", "kU/L", "[IU]/mL", "kIU/L"),
            "mg/day", Set.of("mg/d", "mg/day"),
            "bleeds/year", Set.of("/a", "/yr", "bleeds/year", "{bleeds}/a"),
            "per month", Set.of("/mo", "per month", "{seizures}/mo"),
            "months", Set.of("mo", "months", "month"));

    private UcumUnits() {}

    /** The UCUM code of a catalogue unit (the unit itself when it is already UCUM). */
    public static String ucum(String catalogueUnit) {
        return UCUM.getOrDefault(catalogueUnit, catalogueUnit);
    }

    /**
     * Whether a unit someone wrote means the catalogue unit: the unit itself, its UCUM code or a listed synonym;
     * µ and u count as the same letter, and case is ignored except where UCUM distinguishes (it does not for these).
     */
    public static boolean means(String given, String catalogueUnit) {
        String wanted = normal(catalogueUnit);
        String written = normal(given);
        if (written.equals(wanted) || written.equals(normal(ucum(catalogueUnit)))) {
            return true;
        }
        return SYNONYMS.getOrDefault(catalogueUnit, Set.of()).stream()
                .map(UcumUnits::normal)
                .anyMatch(written::equals);
    }

    private static String normal(String unit) {
        return unit.strip().replace('µ', 'u').replace('μ', 'u').toLowerCase(Locale.ROOT);
    }
}
