package org.refract.web.casework;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.service.catalog.ConditionOption;
import org.refract.service.identity.TeamSummary;

/**
 * The conditions offered on the new-case form: those of the caller's teams first, then the others (a team may
 * see a patient outside its focus, so none is hidden). A team records its focus only as text ("Severe and
 * uncontrolled asthma"), so a condition belongs to a team when every word of its name occurs in that text.
 */
final class ConditionChoices {

    private final List<ConditionOption> ofTeams;
    private final List<ConditionOption> others;

    ConditionChoices(List<ConditionOption> conditions, List<TeamSummary> teams) {
        List<Set<String>> focuses =
                teams.stream().map(t -> words(t.conditionFocus())).toList();
        this.ofTeams = conditions.stream()
                .filter(c -> focuses.stream().anyMatch(focus -> focus.containsAll(words(c.name()))))
                .toList();
        this.others = conditions.stream().filter(c -> !ofTeams.contains(c)).toList();
    }

    /** Select items, grouped when the teams' conditions can be told apart from the others. */
    List<SelectItem> items(String teamsLabel, String othersLabel) {
        if (ofTeams.isEmpty() || others.isEmpty()) {
            return toItems(ofTeams.isEmpty() ? others : ofTeams);
        }
        List<SelectItem> items = new ArrayList<>();
        items.add(group(teamsLabel, ofTeams));
        items.add(group(othersLabel, others));
        return items;
    }

    /** The condition to preselect: the only one of the caller's teams, if there is exactly one. */
    String single() {
        return ofTeams.size() == 1 ? ofTeams.get(0).code() : null;
    }

    private static SelectItemGroup group(String label, List<ConditionOption> conditions) {
        SelectItemGroup group = new SelectItemGroup(label);
        group.setSelectItems(toItems(conditions));
        return group;
    }

    private static List<SelectItem> toItems(List<ConditionOption> conditions) {
        return conditions.stream().map(c -> new SelectItem(c.code(), c.name())).collect(Collectors.toList());
    }

    private static Set<String> words(String text) {
        return text == null
                ? Set.of()
                : Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isEmpty())
                        .collect(Collectors.toSet());
    }
}
