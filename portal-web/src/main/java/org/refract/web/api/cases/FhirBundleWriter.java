package org.refract.web.api.cases;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.FindingRow;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.catalog.StandardCodes;
import org.refract.service.review.CaseReviewRow;

/**
 * A case as a FHIR R4 collection Bundle (shared/API.md, "Interoperability"). Every coded element carries the
 * catalogue code beside the standard one (SNOMED CT, ICD-10, LOINC, ATC), so that an import into another Refract
 * finds its catalogue entry even where no standard code exists; the team's own facts (response, adherence,
 * adequacy of a trial) travel as extensions.
 */
final class FhirBundleWriter {

    private FhirBundleWriter() {}

    static Bundle bundle(CaseDetail c, StandardCodes codes, List<CaseReviewRow> reviews) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(c.updatedAt()));
        Reference patient = new Reference("urn:uuid:" + Fhir.uuid(c.id(), "patient"));
        add(bundle, patient.getReference(), patient(c));
        add(bundle, "urn:uuid:" + Fhir.uuid(c.id(), "team"), careTeam(c, patient));
        add(bundle, "urn:uuid:" + Fhir.uuid(c.id(), "condition"), condition(c, codes, patient));
        for (ObservationRow o : c.observations()) {
            add(bundle, "urn:uuid:" + Fhir.uuid(o.id(), "observation"), observation(o, codes, patient));
        }
        for (TreatmentLineRow l : c.treatmentLines()) {
            add(bundle, "urn:uuid:" + Fhir.uuid(l.id(), "line"), medication(l, codes, patient));
        }
        for (FindingRow f : c.findings()) {
            add(bundle, "urn:uuid:" + Fhir.uuid(f.id(), "finding"), finding(f, patient));
        }
        reviews.stream()
                .filter(CaseReviewRow::signed)
                .findFirst()
                .ifPresent(r -> add(bundle, "urn:uuid:" + Fhir.uuid(r.itemId(), "careplan"), carePlan(c, r, patient)));
        return bundle;
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private static Patient patient(CaseDetail c) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(Fhir.pseudonymSystem(c.teamCode())).setValue(c.pseudonym());
        patient.setBirthDateElement(new DateType(String.valueOf(c.birthYear())));
        patient.setGender(
                switch (c.sex()) {
                    case "F" -> AdministrativeGender.FEMALE;
                    case "M" -> AdministrativeGender.MALE;
                    default -> AdministrativeGender.UNKNOWN;
                });
        return patient;
    }

    private static CareTeam careTeam(CaseDetail c, Reference patient) {
        CareTeam team = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setName(c.teamName());
        team.addIdentifier().setSystem(Fhir.TEAM_SYSTEM).setValue(c.teamCode());
        team.setSubject(patient);
        return team;
    }

    private static org.hl7.fhir.r4.model.Condition condition(CaseDetail c, StandardCodes codes, Reference patient) {
        org.hl7.fhir.r4.model.Condition condition = new org.hl7.fhir.r4.model.Condition();
        condition.setSubject(patient);
        condition.setClinicalStatus(new CodeableConcept(new Coding(Fhir.CLINICAL_STATUS_SYSTEM, "active", "Active")));
        CodeableConcept code = new CodeableConcept().setText(c.conditionName());
        code.addCoding(new Coding(Fhir.CONDITION_SYSTEM, c.conditionCode(), c.conditionName()));
        String snomed = codes.conditionSnomed().get(c.conditionCode());
        if (snomed != null) {
            code.addCoding(new Coding(Fhir.SNOMED, snomed, c.conditionName()));
        }
        String icd10 = codes.conditionIcd10().get(c.conditionCode());
        if (icd10 != null) {
            code.addCoding(new Coding(Fhir.ICD10, icd10, null));
        }
        condition.setCode(code);
        if (c.summary() != null) {
            condition.addNote().setText(c.summary());
        }
        return condition;
    }

    private static Observation observation(ObservationRow o, StandardCodes codes, Reference patient) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        observation.setSubject(patient);
        CodeableConcept code = new CodeableConcept().setText(o.instrumentName());
        code.addCoding(new Coding(Fhir.INSTRUMENT_SYSTEM, o.instrumentCode(), o.instrumentName()));
        String loinc = codes.instrumentLoinc().get(o.instrumentCode());
        if (loinc != null) {
            code.addCoding(new Coding(Fhir.LOINC, loinc, null));
        }
        observation.setCode(code);
        observation.setEffective(new DateTimeType(o.date().toString()));
        if (o.number() != null) {
            String ucum = codes.instrumentUcum().getOrDefault(o.instrumentCode(), o.unit());
            observation.setValue(new Quantity()
                    .setValue(plain(o.number()))
                    .setUnit(o.unit())
                    .setSystem(Fhir.UCUM)
                    .setCode(ucum));
        } else {
            observation.setValue(
                    new CodeableConcept(new Coding(Fhir.valueSetSystem(o.instrumentCode()), o.code(), o.display()))
                            .setText(o.display()));
        }
        if (o.note() != null) {
            observation.addNote().setText(o.note());
        }
        return observation;
    }

    private static MedicationStatement medication(TreatmentLineRow l, StandardCodes codes, Reference patient) {
        MedicationStatement statement = new MedicationStatement();
        statement.setSubject(patient);
        statement.setStatus(
                l.ongoing()
                        ? MedicationStatement.MedicationStatementStatus.ACTIVE
                        : l.reasonStopped() != null
                                ? MedicationStatement.MedicationStatementStatus.STOPPED
                                : MedicationStatement.MedicationStatementStatus.COMPLETED);
        CodeableConcept medication = new CodeableConcept().setText(l.therapyName());
        medication.addCoding(new Coding(Fhir.THERAPY_SYSTEM, l.therapyCode(), l.therapyName()));
        String atc = codes.therapyAtc().get(l.therapyCode());
        if (atc != null) {
            medication.addCoding(new Coding(Fhir.ATC, atc, null));
        }
        statement.setMedication(medication);
        Period period = new Period();
        if (l.start() != null) {
            period.setStartElement(new DateTimeType(l.start().toString()));
        }
        if (l.end() != null) {
            period.setEndElement(new DateTimeType(l.end().toString()));
        }
        statement.setEffective(period);
        if (l.dose() != null) {
            statement.addDosage().setText(l.dose());
        }
        if (l.reasonStopped() != null) {
            statement.addStatusReason().setText(l.reasonStopped());
        }
        extension(statement.getExtension(), Fhir.EXT_RESPONSE, l.response().name());
        extension(statement.getExtension(), Fhir.EXT_ADHERENCE_CONFIRMED, l.adherenceConfirmed());
        extension(statement.getExtension(), Fhir.EXT_ADHERENCE_METHOD, l.adherenceMethod());
        extension(statement.getExtension(), Fhir.EXT_INHALER_TECHNIQUE, l.inhalerTechniqueChecked());
        extension(statement.getExtension(), Fhir.EXT_ADEQUATE_TRIAL, l.adequateTrial());
        extension(statement.getExtension(), Fhir.EXT_ADEQUACY_REASON, l.adequacyReason());
        return statement;
    }

    /** A resistance factor the team assessed, as an Observation of the factor with its status as the value. */
    private static Observation finding(FindingRow f, Reference patient) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        observation.setSubject(patient);
        observation.addCategory(
                new CodeableConcept(new Coding(Fhir.CATEGORY_SYSTEM, Fhir.RESISTANCE_FACTOR, "Resistance factor")));
        observation.setCode(new CodeableConcept(new Coding(Fhir.FACTOR_SYSTEM, f.factorCode(), f.factorName()))
                .setText(f.factorName()));
        observation.setValue(new CodeableConcept(
                new Coding(Fhir.FINDING_STATUS_SYSTEM, f.status().name(), null)));
        if (f.date() != null) {
            observation.setEffective(new DateTimeType(f.date().toString()));
        }
        if (f.evidence() != null) {
            observation.addNote().setText(f.evidence());
        }
        return observation;
    }

    private static CarePlan carePlan(CaseDetail c, CaseReviewRow review, Reference patient) {
        CarePlan plan = new CarePlan()
                .setStatus(CarePlan.CarePlanStatus.ACTIVE)
                .setIntent(CarePlan.CarePlanIntent.PLAN)
                .setSubject(patient);
        plan.setTitle("MDT recommendation: " + review.meetingTitle());
        plan.setDescription(review.decision());
        plan.addCategory(new CodeableConcept(new Coding(Fhir.CATEGORY_SYSTEM, "mdt-recommendation", null)));
        plan.setCreatedElement(new DateTimeType(review.startsAt().toLocalDate().toString()));
        plan.addCareTeam(new Reference("urn:uuid:" + Fhir.uuid(c.id(), "team")));
        return plan;
    }

    private static void extension(List<Extension> extensions, String url, Object value) {
        if (value instanceof Boolean b) {
            extensions.add(new Extension(url, new org.hl7.fhir.r4.model.BooleanType(b)));
        } else if (value != null) {
            extensions.add(new Extension(url, new StringType(value.toString())));
        }
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
