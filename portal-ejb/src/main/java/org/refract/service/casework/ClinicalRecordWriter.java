package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.casework.Observation;
import org.refract.domain.casework.ResistanceFinding;
import org.refract.domain.casework.TreatmentLine;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.MeasuredValue;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.FieldErrors;

/**
 * Adds entries to a case's record from what a user or an integration sent, resolving catalogue codes and reporting
 * problems under the request's field names (the API says {@code date}, the model says {@code observedOn}).
 */
@Dependent
public class ClinicalRecordWriter {

    /** Model field name → request field name, where they differ. */
    private static final Map<String, String> REQUEST_NAMES = Map.of(
            "observedOn",
            "date",
            "startDate",
            "start",
            "endDate",
            "end",
            "assessedOn",
            "date",
            "instrument",
            "code",
            "factor",
            "factor",
            "therapy",
            "therapy");

    @Inject
    CatalogLookup catalog;

    Observation addObservation(
            ClinicalCase clinicalCase,
            ObservationRequest entry,
            String path,
            FieldErrors errors,
            String by,
            Instant now,
            LocalDate today) {
        Optional<Instrument> instrument = catalog.instrument(entry.code());
        if (instrument.isEmpty()) {
            errors.add(
                    FieldErrors.join(path, "code"),
                    entry.code() == null || entry.code().isBlank()
                            ? "The code is required."
                            : "Unknown observation code '" + entry.code().strip() + "'.");
            return null;
        }
        MeasuredValue value = attempt(errors, path, () -> instrument.get().measure(entry.value(), entry.unit()));
        if (value == null) {
            return null;
        }
        LocalDate date = entry.date() == null ? today : entry.date();
        return attempt(
                errors,
                path,
                () -> clinicalCase.recordObservation(instrument.get(), value, date, entry.note(), by, now, today));
    }

    TreatmentLine addTreatmentLine(
            ClinicalCase clinicalCase,
            TreatmentLineRequest entry,
            String path,
            FieldErrors errors,
            String by,
            Instant now,
            LocalDate today) {
        Optional<Therapy> therapy = catalog.therapy(entry.therapy());
        TreatmentResponse response = response(entry.response(), path, errors);
        if (therapy.isEmpty()) {
            errors.add(
                    FieldErrors.join(path, "therapy"),
                    entry.therapy() == null || entry.therapy().isBlank()
                            ? "The therapy is required."
                            : "Unknown therapy '" + entry.therapy().strip() + "'.");
            return null;
        }
        if (entry.start() == null) {
            errors.add(FieldErrors.join(path, "start"), "The start date is required.");
            return null;
        }
        TreatmentLine line = attempt(
                errors,
                path,
                () -> clinicalCase.addTreatmentLine(
                        therapy.get(), entry.dose(), entry.start(), entry.end(), by, now, today));
        if (line != null) {
            describeLine(line, entry, response, path, errors);
        }
        return line;
    }

    /** Outcome, adherence, inhaler technique and adequacy of a line, as the team judged them. */
    void describeLine(
            TreatmentLine line,
            TreatmentLineRequest entry,
            TreatmentResponse response,
            String path,
            FieldErrors errors) {
        attempt(errors, path, () -> {
            line.recordOutcome(
                    response == null ? TreatmentResponse.UNKNOWN : response, entry.reasonStopped(), entry.end());
            return line;
        });
        attempt(errors, path, () -> {
            line.recordAdherence(entry.adherenceConfirmed(), entry.adherenceMethod());
            return line;
        });
        attempt(errors, path, () -> {
            line.recordInhalerTechnique(entry.inhalerTechniqueChecked());
            return line;
        });
        attempt(errors, path, () -> {
            line.judgeTrial(entry.adequateTrial(), entry.adequacyReason());
            return line;
        });
    }

    ResistanceFinding assessFactor(
            ClinicalCase clinicalCase,
            FindingRequest entry,
            String path,
            FieldErrors errors,
            String by,
            Instant now,
            LocalDate today) {
        Optional<ResistanceFactor> factor = catalog.factor(entry.factor());
        FindingStatus status = findingStatus(entry.status(), path, errors);
        if (factor.isEmpty()) {
            errors.add(
                    FieldErrors.join(path, "factor"),
                    entry.factor() == null || entry.factor().isBlank()
                            ? "The factor is required."
                            : "Unknown resistance factor '" + entry.factor().strip() + "'.");
            return null;
        }
        if (status == null) {
            return null;
        }
        LocalDate date = entry.date() == null ? today : entry.date();
        if (date.isAfter(today)) {
            errors.add(FieldErrors.join(path, "date"), "The date cannot be in the future.");
            return null;
        }
        return attempt(
                errors, path, () -> clinicalCase.assessFactor(factor.get(), status, entry.evidence(), date, by, now));
    }

    static TreatmentResponse response(String value, String path, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TreatmentResponse.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(
                    FieldErrors.join(path, "response"),
                    "Response must be NONE, PARTIAL, COMPLETE, INTOLERANT or UNKNOWN, not '" + value + "'.");
            return null;
        }
    }

    static FindingStatus findingStatus(String value, String path, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(
                    FieldErrors.join(path, "status"),
                    "The status is required (SUSPECTED, CONFIRMED, EXCLUDED or ADDRESSED).");
            return null;
        }
        try {
            return FindingStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(
                    FieldErrors.join(path, "status"),
                    "Status must be SUSPECTED, CONFIRMED, EXCLUDED or ADDRESSED, not '" + value + "'.");
            return null;
        }
    }

    private static <T> T attempt(FieldErrors errors, String path, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            errors.add(FieldErrors.join(path, REQUEST_NAMES.getOrDefault(e.field(), e.field())), e.getMessage());
            return null;
        }
    }
}
