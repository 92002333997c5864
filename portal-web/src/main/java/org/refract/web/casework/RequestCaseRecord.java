package org.refract.web.casework;

import jakarta.enterprise.context.RequestScoped;
import org.refract.service.casework.CaseDetail;

/**
 * The case record a request of the case page works with. It lives as long as the request, not as long as the view:
 * {@link CasePage} is view-scoped, and a record kept there stayed in the session for every case page a user had open
 * (its measurements, treatment lines, events and findings; issue 16). A postback reads the record again; the version
 * the page showed is what the view keeps, and what every change sends.
 */
@RequestScoped
public class RequestCaseRecord {

    private CaseDetail detail;

    CaseDetail get() {
        return detail;
    }

    void hold(CaseDetail detail) {
        this.detail = detail;
    }
}
