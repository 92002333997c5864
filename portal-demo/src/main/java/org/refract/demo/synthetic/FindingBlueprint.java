package org.refract.demo.synthetic;

import java.time.LocalDate;

/**
 * The assessment of one resistance factor for a case.
 *
 * @param factorCode catalogue resistance-factor code
 * @param status SUSPECTED, CONFIRMED, EXCLUDED or ADDRESSED
 * @param evidence short evidence text
 * @param assessedOn when it was assessed
 */
public record FindingBlueprint(String factorCode, String status, String evidence, LocalDate assessedOn) {}
