package org.refract.service.analytics;

import java.io.Serializable;

/** Cases of one condition in one status. */
public record StatusCountRow(String conditionCode, String conditionName, String status, long count)
        implements Serializable {}
