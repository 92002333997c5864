package org.refract.web.api.cases;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.logging.Logger;
import org.refract.service.platform.AfterStart;
import org.refract.service.shared.FieldError;

/**
 * HAPI FHIR's profile validator against the base R4 profiles, without network or terminology server: structure,
 * cardinality, types, invariants and the bindings to the code systems FHIR itself defines, UCUM units included.
 * <p>
 * SNOMED CT, LOINC, ATC and ICD-10 are outside what the validator can know offline; the import matches their codes
 * against the catalogue ({@link FhirBundleReader}), so the validator's messages about those code systems are left out
 * deliberately, whatever their severity. Warnings and information do not make a Bundle invalid.
 * <p>
 * Built once per deployment and used by concurrent requests (HAPI's validator and its support chain are thread-safe
 * once configured). The costly part, the base profiles, belongs to HAPI's shared R4 context in the server module
 * {@code ca.uhn.hapi.fhir}: it is loaded once per server (about 12 s of CPU, tens of seconds on a busy machine) and
 * kept across redeployments. It is loaded in the background once the server has started ({@link AfterStart}), so
 * that neither the deployment nor, usually, the first import waits for it; an import that comes earlier waits until
 * it is ready (the readiness probe says whether it is: {@link #isReady()}).
 */
@ApplicationScoped
public class FhirValidation {

    private static final Logger LOG = Logger.getLogger(FhirValidation.class);

    /** Code systems whose codes the import checks against the catalogue instead. */
    private static final Set<String> CATALOGUE_CHECKED = Set.of(Fhir.SNOMED, Fhir.LOINC, Fhir.ATC, Fhir.ICD10);

    /** A location inside an entry as the validator writes it, the resource's type and id in a comment after "resource". */
    private static final Pattern ENTRY_LOCATION =
            Pattern.compile("^Bundle\\.entry\\[(\\d+)]\\.resource(?:/\\*(\\w+)/[^*]*\\*/)?(.*)$");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/");

    @Inject
    AfterStart afterStart;

    private volatile FhirValidator validator;

    /**
     * Builds the validator in the background once the server has started; the deployment goes on (on two cores the
     * warm-up competed with it for the processors). If that fails, the first import tries again.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        afterStart.run("Preparing the FHIR validator", this::validator);
    }

    /** Whether the validator is built: until then an import waits for it (readiness reports it, for operators). */
    public boolean isReady() {
        return validator != null;
    }

    /**
     * The problems that make a Bundle invalid against the base R4 profiles (validator messages of severity error or
     * fatal), each addressed to its place in the Bundle ({@code entry[3].resource.status}) and naming the entry's
     * resource; empty when the Bundle conforms.
     */
    public List<FieldError> errors(Bundle bundle) {
        Objects.requireNonNull(bundle, "A Bundle is required.");
        return validator().validateWithResult(bundle).getMessages().stream()
                .filter(FhirValidation::isError)
                .filter(message -> !isAboutCatalogueCodeSystem(message))
                .map(message -> fieldError(message, bundle))
                .distinct()
                .toList();
    }

    private FhirValidator validator() {
        FhirValidator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    built = build();
                    validator = built;
                }
            }
        }
        return built;
    }

    private static FhirValidator build() {
        long started = System.nanoTime();
        FhirContext context = Fhir.context();
        // The context's own support is DefaultProfileValidationSupport: the base R4 profiles, value sets and code
        // systems of validation-resources-r4, loaded once for the context and so once per server.
        ValidationSupportChain support = new ValidationSupportChain(
                context.getValidationSupport(),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context));
        FhirValidator built = context.newValidator();
        built.registerValidatorModule(new FhirInstanceValidator(support));
        // The first validation loads the definitions; done here, it is paid once and not by a request.
        built.validateWithResult(new Bundle()
                .setType(Bundle.BundleType.COLLECTION)
                .addEntry(new Bundle.BundleEntryComponent()
                        .setFullUrl("urn:uuid:" + Fhir.uuid(0, "warm-up"))
                        .setResource(new Patient())));
        LOG.infof("FHIR R4 profile validator ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    private static boolean isError(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
    }

    static boolean isAboutCatalogueCodeSystem(SingleValidationMessage message) {
        String id = message.getMessageId() == null ? "" : message.getMessageId().toLowerCase();
        String text = message.getMessage() == null ? "" : message.getMessage();
        return (id.startsWith("terminology") || id.contains("_tx_"))
                && CATALOGUE_CHECKED.stream().anyMatch(text::contains);
    }

    /** {@code entry[3].resource.status}: "Observation urn:uuid:… (entry[3]): Observation.status: minimum required …". */
    static FieldError fieldError(SingleValidationMessage message, Bundle bundle) {
        String location = message.getLocationString() == null ? "Bundle" : message.getLocationString();
        Matcher entry = ENTRY_LOCATION.matcher(location);
        if (!entry.matches()) {
            String field = COMMENT.matcher(location).replaceAll("").replaceFirst("^Bundle\\.?", "");
            return new FieldError(field.isEmpty() ? "body" : field, message.getMessage());
        }
        int index = Integer.parseInt(entry.group(1));
        String path = "entry[" + index + "]";
        String type = entry.group(2);
        if (type == null
                && index < bundle.getEntry().size()
                && bundle.getEntry().get(index).hasResource()) {
            type = bundle.getEntry().get(index).getResource().fhirType();
        }
        String fullUrl =
                index < bundle.getEntry().size() ? bundle.getEntry().get(index).getFullUrl() : null;
        String resource = (type == null ? "Resource" : type) + (fullUrl == null ? "" : " " + fullUrl);
        return new FieldError(
                path + ".resource" + COMMENT.matcher(entry.group(3)).replaceAll(""),
                resource + " (" + path + "): " + message.getMessage());
    }
}
