package org.refract.web.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields the new-team and edit-team pages share (name, focus, covered conditions), bound by
 * {@code WEB-INF/includes/identity/team-fields.xhtml}.
 */
public class TeamFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String conditionFocus;
    private List<String> conditions = new ArrayList<>();

    void fill(String name, String conditionFocus, List<String> conditions) {
        this.name = name;
        this.conditionFocus = conditionFocus;
        this.conditions = new ArrayList<>(conditions);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getConditionFocus() {
        return conditionFocus;
    }

    public void setConditionFocus(String conditionFocus) {
        this.conditionFocus = conditionFocus;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public void setConditions(List<String> conditions) {
        this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
    }
}
