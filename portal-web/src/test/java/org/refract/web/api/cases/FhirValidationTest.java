package org.refract.web.api.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.refract.service.shared.FieldError;

/**
 * How the validator's messages become the import's field errors; the validator itself runs in the integration tests
 * (FhirApiIT), since building it loads all of FHIR R4's definitions.
 */
class FhirValidationTest {

    private static final Bundle BUNDLE = new Bundle()
            .addEntry(new Bundle.BundleEntryComponent().setFullUrl("urn:uuid:p").setResource(new Patient()))
            .addEntry(new Bundle.BundleEntryComponent().setFullUrl("urn:uuid:o").setResource(new Observation()));

    @Test
    void aMessageInAnEntryNamesTheEntryItsResourceAndTheFhirPath() {
        assertFieldError(
                "Bundle.entry[1].resource/*Observation/null*/.value.ofType(Quantity)",
                "Error processing unit 'cells/uL'",
                "entry[1].resource.value.ofType(Quantity)",
                "Observation urn:uuid:o (entry[1]): Error processing unit 'cells/uL'");
    }

    @Test
    void aMessageOnTheResourceItselfIsAddressedToTheResource() {
        assertFieldError(
                "Bundle.entry[0].resource/*Patient/null*/",
                "Patient.gender: minimum required = 1",
                "entry[0].resource",
                "Patient urn:uuid:p (entry[0]): Patient.gender: minimum required = 1");
    }

    @Test
    void aMessageOutsideTheEntriesIsAddressedToItsElementOrTheBody() {
        assertEquals(
                "type",
                FhirValidation.fieldError(message("Bundle.type", "x"), BUNDLE).field());
        assertEquals(
                "body",
                FhirValidation.fieldError(message("Bundle", "x"), BUNDLE).field());
    }

    @Test
    void terminologyMessagesAboutTheCatalogueCodeSystemsAreTheCataloguesToJudge() {
        for (String system : new String[] {Fhir.SNOMED, Fhir.LOINC, Fhir.ATC, Fhir.ICD10}) {
            SingleValidationMessage unknown = message(
                    "Bundle.entry[1].resource/*Observation/null*/.code",
                    "CodeSystem is unknown and can't be validated: " + system + " for '" + system + "#1'");
            unknown.setMessageId("Terminology_PassThrough_TX_Message");
            assertTrue(FhirValidation.isAboutCatalogueCodeSystem(unknown), system);
        }
        SingleValidationMessage ucum = message(
                "Bundle.entry[1].resource/*Observation/null*/.value.ofType(Quantity)",
                "Error processing unit 'cells/uL': The unit 'cells' is unknown (for 'http://unitsofmeasure.org#cells/uL')");
        ucum.setMessageId("Terminology_PassThrough_TX_Message");
        assertFalse(FhirValidation.isAboutCatalogueCodeSystem(ucum), "UCUM is the validator's to check");
        SingleValidationMessage cardinality =
                message("Bundle.entry[1].resource/*Observation/null*/", "Observation.code mentions " + Fhir.LOINC);
        cardinality.setMessageId("Validation_VAL_Profile_Minimum");
        assertFalse(FhirValidation.isAboutCatalogueCodeSystem(cardinality), "not a terminology message");
    }

    private static void assertFieldError(String location, String text, String field, String message) {
        FieldError error = FhirValidation.fieldError(message(location, text), BUNDLE);
        assertEquals(field, error.field());
        assertEquals(message, error.message());
    }

    private static SingleValidationMessage message(String location, String text) {
        SingleValidationMessage message = new SingleValidationMessage();
        message.setSeverity(ResultSeverityEnum.ERROR);
        message.setLocationString(location);
        message.setMessage(text);
        return message;
    }
}
