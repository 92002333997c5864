package org.refract.demo.synthetic;

import java.util.Map;

/**
 * The unit of every instrument the factory measures. Where the REST contract (API.md) names a unit, it is spelt
 * exactly so; for scores, classes and test results the contract names none and the word here is only a label: the
 * writer stores the catalogue's own unit either way.
 */
final class Units {

    private static final Map<String, String> BY_INSTRUMENT = Map.ofEntries(
            Map.entry("act", "points"),
            Map.entry("acq", "points"),
            Map.entry("fev1-pct-pred", "%"),
            Map.entry("blood-eos", "cells/uL"),
            Map.entry("feno", "ppb"),
            Map.entry("total-ige", "IU/mL"),
            Map.entry("exacerbations-12m", "count"),
            Map.entry("ocs-maintenance-mg", "mg/day"),
            Map.entry("weight-kg", "kg"),
            Map.entry("mgfa-class", "class"),
            Map.entry("mg-adl", "points"),
            Map.entry("qmg", "points"),
            Map.entry("achr-ab", "result"),
            Map.entry("musk-ab", "result"),
            Map.entry("lrp4-ab", "result"),
            Map.entry("aav5-ab", "result"),
            Map.entry("factor-level-pct", "%"),
            Map.entry("inhibitor-bu", "BU"),
            Map.entry("inhibitor-peak-bu", "BU"),
            Map.entry("abr", "bleeds/year"),
            Map.entry("seizure-free-months", "months"),
            Map.entry("seizures-per-month", "per month"));

    private Units() {}

    static String of(String instrumentCode) {
        String unit = BY_INSTRUMENT.get(instrumentCode);
        if (unit == null) {
            throw new IllegalArgumentException("No unit known for instrument " + instrumentCode);
        }
        return unit;
    }
}
