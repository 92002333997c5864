package org.refract.web.api.cases;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Code systems, extension URLs and the shared (thread-safe, expensive to build) FHIR R4 context. */
final class Fhir {

    static final String MEDIA_TYPE = "application/fhir+json";

    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String ATC = "http://www.whocc.no/atc";
    static final String CLINICAL_STATUS_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    private static final String BASE = "urn:refract:";
    static final String TEAM_SYSTEM = BASE + "team";
    static final String CONDITION_SYSTEM = BASE + "catalog:condition";
    static final String INSTRUMENT_SYSTEM = BASE + "catalog:instrument";
    static final String THERAPY_SYSTEM = BASE + "catalog:therapy";
    static final String FACTOR_SYSTEM = BASE + "catalog:resistance-factor";
    static final String FINDING_STATUS_SYSTEM = BASE + "finding-status";
    static final String CATEGORY_SYSTEM = BASE + "category";
    static final String RESISTANCE_FACTOR = "resistance-factor";

    static final String EXT_RESPONSE = BASE + "extension:response";
    static final String EXT_ADHERENCE_CONFIRMED = BASE + "extension:adherence-confirmed";
    static final String EXT_ADHERENCE_METHOD = BASE + "extension:adherence-method";
    static final String EXT_INHALER_TECHNIQUE = BASE + "extension:inhaler-technique-checked";
    static final String EXT_ADEQUATE_TRIAL = BASE + "extension:adequate-trial";
    static final String EXT_ADEQUACY_REASON = BASE + "extension:adequacy-reason";

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {}

    /** The identifier system of a team's pseudonyms: a pseudonym is unique within its team only. */
    static String pseudonymSystem(String teamCode) {
        return BASE + "team:" + teamCode + ":pseudonym";
    }

    static String valueSetSystem(String instrumentCode) {
        return INSTRUMENT_SYSTEM + ":" + instrumentCode;
    }

    /** A stable UUID per exported record, so that the same case exports to the same entry URLs. */
    static UUID uuid(long id, String kind) {
        return UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** HAPI's shared R4 context: it lives in the server module, so it and what it caches outlast a redeployment. */
    static FhirContext context() {
        return CONTEXT;
    }

    static IParser writer() {
        return CONTEXT.newJsonParser().setPrettyPrint(true);
    }

    /** A parser that refuses unknown elements and malformed values instead of dropping them. */
    static IParser strictReader() {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }
}
