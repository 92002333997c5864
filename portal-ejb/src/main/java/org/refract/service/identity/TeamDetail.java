package org.refract.service.identity;

import java.io.Serializable;
import java.util.List;

/**
 * A team as the administrator edits it.
 *
 * @param code team code (never changes)
 * @param name team name
 * @param conditionFocus free-text condition area
 * @param conditionCodes codes of the catalogue conditions it covers
 * @param conditionNames their names, in catalogue order
 * @param version the version an edit is made on
 * @param members the members, chairs first
 */
public record TeamDetail(
        String code,
        String name,
        String conditionFocus,
        List<String> conditionCodes,
        List<String> conditionNames,
        long version,
        List<TeamMemberRow> members)
        implements Serializable {}
