package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.EventDetails;
import org.refract.domain.casework.EventType;

/**
 * Dated clinical events of the showcase cases, by pseudonym. P-1004 tells the BIOCROSS story of a responder: four
 * steroid-treated exacerbations in the year before benralizumab, two since (the exacerbation count on his page is
 * derived from these events), and no admission since the switch. P-1005 had four before mepolizumab and none
 * in the year since (remission on treatment); P-1006 has had two since he stopped benralizumab (a relapse).
 */
final class DemoEvents {

    /** One event of a showcase case, dated "days ago". */
    record DemoEvent(EventType type, int daysAgo, EventDetails details, String note) {

        LocalDate date(LocalDate today) {
            return today.minusDays(daysAgo);
        }
    }

    private DemoEvents() {}

    static List<DemoEvent> of(String pseudonym) {
        return switch (pseudonym) {
            case "P-1004" ->
                List.of(
                        exacerbation(690, true, "Prednisolone 40 mg for 5 days; emergency department visit."),
                        exacerbation(610, false, "Prednisolone 40 mg for 7 days."),
                        exacerbation(520, true, "Admitted for 3 days; prednisolone 40 mg for 7 days."),
                        exacerbation(430, false, "Prednisolone 30 mg for 5 days, then back to 10 mg maintenance."),
                        exacerbation(250, false, "Viral trigger; prednisolone 40 mg for 5 days."),
                        exacerbation(70, false, "Prednisolone 30 mg for 5 days; maintenance 2.5 mg since."));
            case "P-1005" ->
                List.of(
                        exacerbation(610, true, "Prednisolone 40 mg for 7 days; admitted overnight."),
                        exacerbation(540, false, "Prednisolone 40 mg for 5 days."),
                        exacerbation(500, false, "Prednisolone 30 mg for 5 days."),
                        exacerbation(420, false, "Prednisolone 40 mg for 5 days, a month after the first dose."));
            case "P-1006" ->
                List.of(
                        exacerbation(62, false, "Prednisolone 40 mg for 5 days, two months after the last dose."),
                        exacerbation(20, false, "Emergency department visit; prednisolone 40 mg for 7 days."));
            default -> List.of();
        };
    }

    private static DemoEvent exacerbation(int daysAgo, boolean hospitalised, String note) {
        return new DemoEvent(
                EventType.EXACERBATION,
                daysAgo,
                new EventDetails(true, hospitalised, null, null, null, null, null),
                note);
    }
}
