package org.refract.web.casework;

import org.refract.domain.casework.CaseStatus;

/**
 * A workflow step open to the case, as the header card offers it ({@link StatusButtons}).
 *
 * @param target the status the step moves the case to
 * @param label the button's text, named from where the case is ("Submit for review", "Withdraw to draft")
 * @param confirmation what the confirmation dialog says will happen
 * @param icon the PrimeIcons class of the target status ({@code pi-send})
 * @param back whether the step goes back to an earlier status (an outlined button)
 */
public record StatusStep(CaseStatus target, String label, String confirmation, String icon, boolean back) {}
