package org.refract.service.review;

import java.util.List;

/** A team's quorum rule for its edit page. */
public record QuorumRuleDetail(
        String teamCode, String teamName, int minimumPresent, List<String> requiredDisciplines, boolean editable)
        implements java.io.Serializable {}
