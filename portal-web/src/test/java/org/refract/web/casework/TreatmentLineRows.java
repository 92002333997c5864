package org.refract.web.casework;

import java.time.LocalDate;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.casework.TrialAssessment;
import org.refract.service.casework.TreatmentLineRow;

/** Treatment lines for the casework views' tests: what the views read of a line, the rest left empty. */
final class TreatmentLineRows {

    private TreatmentLineRows() {}

    /** A line of the named therapy (its code the name in lower case), running while {@code end} is null. */
    static TreatmentLineRow line(
            String therapy, String dose, LocalDate start, LocalDate end, TreatmentResponse response) {
        return new TreatmentLineRow(
                1,
                0,
                therapy.toLowerCase(),
                therapy,
                "class",
                false,
                dose,
                start,
                end,
                response,
                null,
                null,
                null,
                null,
                null,
                null,
                TrialAssessment.ONGOING_UNJUDGED,
                end == null);
    }
}
