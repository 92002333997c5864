package org.refract.web.api.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.Bundle;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.catalog.CatalogService;
import org.refract.service.review.MeetingScheduleService;

/**
 * A case as a FHIR R4 Bundle in JSON, for the API and the case page's download alike: the case is opened through
 * {@link CaseService#open} (team-scoped, and recorded in the case's view log like opening its page), and the download
 * is a security event (an export).
 */
@ApplicationScoped
public class FhirExport {

    /** The media type of the download. */
    public static final String MEDIA_TYPE = Fhir.MEDIA_TYPE;

    @EJB
    CaseService cases;

    @EJB
    CatalogService catalog;

    @EJB
    SecurityEventService securityEvents;

    @EJB
    MeetingScheduleService reviews;

    /** The Bundle of the case, read as the caller; "not found" for another team's case. */
    public String bundle(long caseId) {
        CaseDetail detail = cases.open(caseId);
        securityEvents.exported("FHIR bundle of case " + caseId);
        Bundle bundle = FhirBundleWriter.bundle(detail, catalog.standardCodes(), reviews.reviewsOfCase(caseId));
        return Fhir.writer().encodeResourceToString(bundle);
    }

    /** The file name the Bundle is saved as: {@code case-ID.fhir.json}. */
    public static String fileName(long caseId) {
        return "case-" + caseId + ".fhir.json";
    }
}
