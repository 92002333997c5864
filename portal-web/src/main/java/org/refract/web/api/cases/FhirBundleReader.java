package org.refract.web.api.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.catalog.StandardCodes;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.FieldErrors;

/**
 * Reads a FHIR Bundle as {@link FhirBundleWriter} writes it (or as a hospital system sends it with standard codes
 * only) into a {@link NewCase}. Problems are named by entry and FHIR element ({@code entry[3].resource.valueQuantity}),
 * including those the case service finds later, through {@link #entryPath(FieldError)}.
 */
final class FhirBundleReader {

    private final StandardCodes codes;
    private final FieldErrors errors;
    private final Map<String, String> pathsByCaseField = new HashMap<>();

    FhirBundleReader(StandardCodes codes, FieldErrors errors) {
        this.codes = codes;
        this.errors = errors;
    }

    NewCase read(Bundle bundle) {
        PatientRequest patient = null;
        String condition = null;
        String team = null;
        List<ObservationRequest> observations = new ArrayList<>();
        List<TreatmentLineRequest> lines = new ArrayList<>();
        List<FindingRequest> findings = new ArrayList<>();
        String summary = null;
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            String at = "entry[" + i + "].resource";
            Resource resource = entries.get(i).getResource();
            if (resource == null) {
                errors.add(at, "Each entry needs a resource.");
            } else if (resource instanceof Patient p) {
                patient = patient(p, at);
                team = team == null ? teamOfPatient(p) : team;
            } else if (resource instanceof CareTeam t) {
                map("team", at + ".identifier");
                team = t.getIdentifier().stream()
                        .filter(id -> Fhir.TEAM_SYSTEM.equals(id.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElse(team);
            } else if (resource instanceof org.hl7.fhir.r4.model.Condition c) {
                map("condition", at + ".code");
                condition = code(c.getCode(), Fhir.CONDITION_SYSTEM, codes.conditionSnomed(), Fhir.SNOMED)
                        .or(() -> code(c.getCode(), null, codes.conditionIcd10(), Fhir.ICD10))
                        .orElse(null);
                if (condition == null) {
                    errors.add(at + ".code", "No condition of the catalogue matches this code.");
                }
                summary = c.getNote().isEmpty() ? null : c.getNoteFirstRep().getText();
            } else if (resource instanceof Observation o && isFinding(o)) {
                mapItem("resistanceFactors", findings.size(), at);
                findings.add(finding(o, at));
            } else if (resource instanceof Observation o) {
                mapItem("observations", observations.size(), at);
                observations.add(observation(o, at));
            } else if (resource instanceof MedicationStatement m) {
                mapItem("treatmentLines", lines.size(), at);
                lines.add(line(m, at));
            }
            // CarePlan and other resources are not imported: a recommendation is made and signed in a meeting.
        }
        if (patient == null) {
            errors.add("entry", "The Bundle needs a Patient with the pseudonym as an identifier.");
        }
        if (condition == null && pathsByCaseField.get("condition") == null) {
            errors.add("entry", "The Bundle needs a Condition coded with the catalogue, SNOMED CT or ICD-10.");
        }
        return new NewCase(patient, condition, team, null, summary, observations, lines, findings);
    }

    /** The Bundle path of a problem the case service reported on the case it was given. */
    String entryPath(FieldError error) {
        String field = error.field() == null ? "" : error.field();
        for (Map.Entry<String, String> mapping : pathsByCaseField.entrySet()) {
            String prefix = mapping.getKey();
            if (field.equals(prefix)) {
                return mapping.getValue();
            }
            if (field.startsWith(prefix + ".")) {
                return mapping.getValue() + "." + element(field.substring(prefix.length() + 1));
            }
        }
        return field;
    }

    private static String element(String caseField) {
        return switch (caseField) {
            case "value" -> "value[x]";
            case "unit" -> "valueQuantity.code";
            case "date" -> "effectiveDateTime";
            case "code", "factor" -> "code";
            case "status" -> "valueCodeableConcept";
            case "therapy" -> "medicationCodeableConcept";
            case "start" -> "effectivePeriod.start";
            case "end" -> "effectivePeriod.end";
            case "dose" -> "dosage";
            case "reasonStopped" -> "statusReason";
            case "pseudonym" -> "identifier";
            case "birthYear" -> "birthDate";
            case "sex" -> "gender";
            default -> "extension(" + caseField + ")";
        };
    }

    private void map(String caseField, String path) {
        pathsByCaseField.put(caseField, path);
    }

    private void mapItem(String array, int index, String entryPath) {
        pathsByCaseField.put(array + "[" + index + "]", entryPath);
    }

    private PatientRequest patient(Patient p, String at) {
        pathsByCaseField.put("patient", at);
        String pseudonym = p.getIdentifier().stream()
                .filter(id -> id.getSystem() != null && id.getSystem().endsWith(":pseudonym"))
                .map(Identifier::getValue)
                .findFirst()
                .orElse(p.getIdentifierFirstRep().getValue());
        Integer birthYear = null;
        if (p.getBirthDateElement().getValueAsString() != null) {
            birthYear =
                    Integer.valueOf(p.getBirthDateElement().getValueAsString().substring(0, 4));
        } else {
            errors.add(at + ".birthDate", "The year of birth is required.");
        }
        String sex = switch (p.getGender() == null ? "" : p.getGender().toCode()) {
            case "female" -> "F";
            case "male" -> "M";
            case "other" -> "X";
            default -> "U";
        };
        return new PatientRequest(pseudonym, birthYear, sex);
    }

    private static String teamOfPatient(Patient p) {
        String prefix = Fhir.pseudonymSystem("");
        return p.getIdentifier().stream()
                .map(Identifier::getSystem)
                .filter(s -> s != null && s.startsWith(prefix) && s.endsWith(":pseudonym"))
                .map(s -> s.substring(prefix.length(), s.length() - ":pseudonym".length()))
                .findFirst()
                .orElse(null);
    }

    private ObservationRequest observation(Observation o, String at) {
        String instrument = code(o.getCode(), Fhir.INSTRUMENT_SYSTEM, codes.instrumentLoinc(), Fhir.LOINC)
                .orElse(null);
        if (instrument == null) {
            errors.add(at + ".code", "No instrument of the catalogue matches this code (catalogue code or LOINC).");
        }
        Object value = null;
        String unit = null;
        if (o.getValue() instanceof Quantity q) {
            if (q.getValue() == null) {
                errors.add(at + ".valueQuantity", "The quantity needs a value.");
            }
            value = q.getValue();
            unit = q.getCode() != null ? q.getCode() : q.getUnit();
        } else if (o.getValue() instanceof CodeableConcept concept) {
            value = concept.getCodingFirstRep().getCode();
        } else if (o.getValue() instanceof BooleanType b) {
            value = b.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            errors.add(at + ".value[x]", "Send the value as valueQuantity, valueCodeableConcept or valueBoolean.");
        }
        String note = o.getNote().isEmpty() ? null : o.getNoteFirstRep().getText();
        return new ObservationRequest(instrument, value, unit, date(o.getEffective(), at + ".effectiveDateTime"), note);
    }

    private static boolean isFinding(Observation o) {
        return o.getCategory().stream()
                .flatMap(c -> c.getCoding().stream())
                .anyMatch(
                        c -> Fhir.CATEGORY_SYSTEM.equals(c.getSystem()) && Fhir.RESISTANCE_FACTOR.equals(c.getCode()));
    }

    private FindingRequest finding(Observation o, String at) {
        String factor = code(o.getCode(), Fhir.FACTOR_SYSTEM, Map.of(), null).orElse(null);
        if (factor == null) {
            errors.add(at + ".code", "Name the resistance factor with a catalogue code.");
        }
        String status = o.getValue() instanceof CodeableConcept c
                ? c.getCodingFirstRep().getCode()
                : null;
        String evidence = o.getNote().isEmpty() ? null : o.getNoteFirstRep().getText();
        return new FindingRequest(factor, status, evidence, date(o.getEffective(), at + ".effectiveDateTime"));
    }

    private TreatmentLineRequest line(MedicationStatement m, String at) {
        String therapy = m.getMedication() instanceof CodeableConcept c
                ? code(c, Fhir.THERAPY_SYSTEM, codes.therapyAtc(), Fhir.ATC).orElse(null)
                : null;
        if (therapy == null) {
            errors.add(
                    at + ".medicationCodeableConcept",
                    "No therapy of the catalogue matches this medication (catalogue code or ATC).");
        }
        LocalDate start = null;
        LocalDate end = null;
        if (m.getEffective() instanceof Period p) {
            start = date(p.getStartElement(), at + ".effectivePeriod.start");
            end = date(p.getEndElement(), at + ".effectivePeriod.end");
        }
        String dose = m.getDosage().isEmpty() ? null : m.getDosageFirstRep().getText();
        String reasonStopped = m.getStatusReason().isEmpty()
                ? null
                : m.getStatusReasonFirstRep().getText();
        return new TreatmentLineRequest(
                therapy,
                dose,
                start,
                end,
                text(m, Fhir.EXT_RESPONSE),
                reasonStopped,
                flag(m, Fhir.EXT_ADHERENCE_CONFIRMED),
                text(m, Fhir.EXT_ADHERENCE_METHOD),
                flag(m, Fhir.EXT_INHALER_TECHNIQUE),
                flag(m, Fhir.EXT_ADEQUATE_TRIAL),
                text(m, Fhir.EXT_ADEQUACY_REASON));
    }

    private static String text(DomainResource resource, String url) {
        var extension = resource.getExtensionByUrl(url);
        return extension == null || extension.getValue() == null
                ? null
                : extension.getValue().primitiveValue();
    }

    private static Boolean flag(DomainResource resource, String url) {
        var extension = resource.getExtensionByUrl(url);
        return extension != null && extension.getValue() instanceof BooleanType b ? b.getValue() : null;
    }

    /** The catalogue code: from the catalogue's own coding, else by the standard code. */
    private static Optional<String> code(
            CodeableConcept concept, String catalogSystem, Map<String, String> standard, String standardSystem) {
        for (Coding coding : concept.getCoding()) {
            if (catalogSystem != null && catalogSystem.equals(coding.getSystem()) && coding.getCode() != null) {
                return Optional.of(coding.getCode());
            }
        }
        for (Coding coding : concept.getCoding()) {
            if (standardSystem != null && standardSystem.equals(coding.getSystem()) && coding.getCode() != null) {
                Optional<String> found = StandardCodes.catalogCodeOf(standard, coding.getCode());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private LocalDate date(Object element, String path) {
        if (element instanceof BaseDateTimeType date && date.getValueAsString() != null) {
            String text = date.getValueAsString();
            if (text.length() < 10) {
                errors.add(path, "Give the full date (YYYY-MM-DD).");
                return null;
            }
            return LocalDate.parse(text.substring(0, 10));
        }
        return null;
    }
}
