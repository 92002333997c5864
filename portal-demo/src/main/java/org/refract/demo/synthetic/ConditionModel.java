package org.refract.demo.synthetic;

import java.util.List;

/**
 * How cases of one condition look: who has it, which team sees it, what is measured and tried, and which resistance
 * factors are assessed. Implementations draw a plausible, internally consistent picture per case.
 */
interface ConditionModel {

    String conditionCode();

    String teamCode();

    /** Youngest and oldest age at which patients are referred. */
    int minAge();

    int maxAge();

    /** Share of women and girls among the patients (the rest are men and boys, and a few X). */
    double femaleShare();

    List<String> instrumentCodes();

    List<String> therapyCodes();

    List<String> factorCodes();

    /** Adds measurements, treatment lines, findings, a title and a summary. */
    void fill(CaseDraft draft);
}
