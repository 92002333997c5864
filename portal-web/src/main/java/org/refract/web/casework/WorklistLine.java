package org.refract.web.casework;

/**
 * One row of the worklist as the page shows it: every text already formatted and localised, so that the table is
 * written in one pass ({@link WorklistRows}) without an expression per cell.
 *
 * @param ageSex the short, visible "54 · F"
 * @param ageSexSpoken the same for screen readers: "Age 54, Female"
 * @param reviewDue the response review that is due for the case, or null
 */
public record WorklistLine(
        long id,
        String pseudonym,
        String ageSex,
        String ageSexSpoken,
        String condition,
        String title,
        String statusStyle,
        String statusIcon,
        String statusLabel,
        ReviewDue reviewDue,
        String clinician,
        String team,
        String updated) {

    /** A response review that is due, as the status cell shows it. */
    public record ReviewDue(String therapy, String label, String response) {}
}
