package org.refract.service.casework;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A case's History tab: its changes field by field, newest first, its latest openings, and the display names of its
 * team's members by username (anyone else is shown by username).
 */
public record CaseHistory(List<HistoryRow> changes, List<CaseViewRow> views, Map<String, String> names)
        implements Serializable {

    public CaseHistory {
        names = Map.copyOf(names);
    }
}
