package org.refract.domain.casework;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.refract.domain.catalog.AllowedValue;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.FactorCategory;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.InterpretationBand;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Severity;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.catalog.ValueKind;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/** A small catalogue and a fresh draft case for the casework tests; built through public constructors only. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String CLINICIAN = "c.jones";

    static final Condition ASTHMA = new Condition("severe-asthma", "Severe asthma", 1);
    static final Condition MG = new Condition("myasthenia-gravis", "Myasthenia gravis", 2);

    static final Team RESPIRATORY = new Team("respiratory", "Respiratory MDT", "Severe asthma");
    static final UserAccount JONES = user("c.jones");
    static final UserAccount SMITH = user("c.smith");

    static final Instrument ACT = Instrument.numeric(
            "act",
            "Asthma Control Test",
            "points",
            BigDecimal.valueOf(5),
            BigDecimal.valueOf(25),
            0,
            List.of(
                    new InterpretationBand(
                            null,
                            false,
                            BigDecimal.valueOf(19),
                            true,
                            "Not well controlled",
                            Severity.WARNING,
                            "ACT validation"),
                    new InterpretationBand(
                            BigDecimal.valueOf(20),
                            true,
                            null,
                            false,
                            "Well controlled",
                            Severity.NORMAL,
                            "ACT validation")),
            Set.of(ASTHMA));
    static final Instrument EOS = Instrument.numeric(
            "blood-eos",
            "Blood eosinophils",
            "cells/uL",
            BigDecimal.ZERO,
            BigDecimal.valueOf(5000),
            0,
            List.of(),
            Set.of(ASTHMA));
    static final Instrument MGFA = Instrument.coded(
            "mgfa-class",
            "MGFA clinical class",
            "class",
            ValueKind.VALUE_SET,
            List.of(
                    new AllowedValue("I", "I — ocular only", Severity.INFO),
                    new AllowedValue("IIIa", "IIIa — moderate generalised, limb", Severity.WARNING)),
            Set.of(MG));

    static final Therapy ICS_LABA = new Therapy(
            "high-dose-ics-laba", "High-dose ICS-LABA", "Inhaled corticosteroid", "inhaled", true, Set.of(ASTHMA));
    static final Therapy MEPOLIZUMAB =
            new Therapy("mepolizumab", "Mepolizumab", "Biologic (anti-IL-5)", "subcutaneous", false, Set.of(ASTHMA));
    static final Therapy PYRIDOSTIGMINE = new Therapy(
            "pyridostigmine", "Pyridostigmine", "Acetylcholinesterase inhibitor", "oral", false, Set.of(MG));

    static final ResistanceFactor ADHERENCE = new ResistanceFactor(
            "poor-adherence",
            "Poor adherence",
            FactorCategory.BEHAVIOURAL,
            true,
            "Pharmacy refill records",
            Set.of(ASTHMA, MG));
    static final ResistanceFactor SMOKING = new ResistanceFactor(
            "tobacco-smoke",
            "Tobacco smoke",
            FactorCategory.ENVIRONMENTAL,
            true,
            "History, exhaled CO",
            Set.of(ASTHMA));
    static final ResistanceFactor THYMOMA =
            new ResistanceFactor("thymoma", "Thymoma", FactorCategory.DISEASE, false, "Chest CT", Set.of(MG));

    private Fixtures() {}

    static Patient patient() {
        return new Patient(RESPIRATORY, "P-0042", 1970, Sex.F, NOW);
    }

    static ClinicalCase asthmaCase() {
        return new ClinicalCase(
                patient(),
                ASTHMA,
                RESPIRATORY,
                JONES,
                "Uncontrolled despite high-dose ICS",
                "Three courses of oral steroids this year.",
                CLINICIAN,
                NOW);
    }

    /** A case moved through the workflow to the given status. */
    static ClinicalCase asthmaCaseIn(CaseStatus status) {
        ClinicalCase clinicalCase = asthmaCase();
        List<CaseStatus> path = List.of(
                CaseStatus.READY_FOR_REVIEW,
                CaseStatus.IN_REVIEW,
                CaseStatus.RECOMMENDATION_ISSUED,
                CaseStatus.FOLLOW_UP,
                CaseStatus.CLOSED);
        for (CaseStatus step : path) {
            if (clinicalCase.getStatus() == status) {
                break;
            }
            clinicalCase.moveTo(step, CLINICIAN, NOW);
        }
        return clinicalCase;
    }

    /** Sets the database id, as loading from the database would; for proxy-like comparisons. */
    static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserAccount user(String username) {
        return new UserAccount(
                username, "Dr " + username, Discipline.PULMONOLOGIST, "hash", EnumSet.of(Role.CLINICIAN));
    }
}
