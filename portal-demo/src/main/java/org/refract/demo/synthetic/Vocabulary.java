package org.refract.demo.synthetic;

import java.util.Map;
import java.util.Set;

/**
 * Every catalogue code the factory can emit, per condition, so a writer can check the target database before it
 * writes the first row.
 *
 * @param teamByCondition the team that owns each condition's cases
 * @param instrumentsByCondition instruments measured per condition
 * @param therapiesByCondition therapies tried per condition
 * @param factorsByCondition resistance factors assessed per condition
 */
public record Vocabulary(
        Map<String, String> teamByCondition,
        Map<String, Set<String>> instrumentsByCondition,
        Map<String, Set<String>> therapiesByCondition,
        Map<String, Set<String>> factorsByCondition) {}
