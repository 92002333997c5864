package org.refract.demo.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.TreatmentLineRequest;

/** The showcase cases of one condition, dated relative to the day the demo starts so that they read as "months ago". */
abstract class DemoCaseBuilder {

    private final LocalDate today;

    DemoCaseBuilder(LocalDate today) {
        this.today = today;
    }

    LocalDate monthsAgo(int months) {
        return today.minusMonths(months);
    }

    ObservationRequest obs(String code, Object value, String unit, int monthsAgo) {
        Object typed = value instanceof Double d ? BigDecimal.valueOf(d) : value;
        return new ObservationRequest(code, typed, unit, monthsAgo(monthsAgo), null);
    }

    TreatmentLineRequest line(
            String therapy,
            String dose,
            int startMonthsAgo,
            Integer endMonthsAgo,
            String response,
            String reasonStopped,
            Boolean adherent,
            String adherenceMethod,
            Boolean technique,
            Boolean adequate,
            String adequacyReason) {
        return new TreatmentLineRequest(
                therapy,
                dose,
                monthsAgo(startMonthsAgo),
                endMonthsAgo == null ? null : monthsAgo(endMonthsAgo),
                response,
                reasonStopped,
                adherent,
                adherenceMethod,
                technique,
                adequate,
                adequacyReason);
    }

    FindingRequest finding(String factor, String status, String evidence, int monthsAgo) {
        return new FindingRequest(factor, status, evidence, monthsAgo(monthsAgo));
    }

    /** This condition's showcase cases, in the order they are recorded. */
    abstract List<DemoCases> cases();
}
