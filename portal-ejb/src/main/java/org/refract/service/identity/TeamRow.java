package org.refract.service.identity;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the team administration list.
 *
 * @param code team code
 * @param name team name
 * @param conditionFocus the free-text condition area
 * @param conditions names of the catalogue conditions it covers
 * @param memberCount number of members
 */
public record TeamRow(String code, String name, String conditionFocus, List<String> conditions, int memberCount)
        implements Serializable {}
