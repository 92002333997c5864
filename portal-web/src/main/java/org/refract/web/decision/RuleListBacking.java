package org.refract.web.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.refract.service.decision.RuleAdministrationService;
import org.refract.service.decision.RuleRow;

/** {@code /admin/rules/}: every decision rule, grouped by condition (rules of every condition last). */
@Named
@RequestScoped
public class RuleListBacking {

    static final String EVERY_CONDITION = "";

    @Inject
    RuleAdministrationService administration;

    private Map<String, List<RuleRow>> byCondition;

    public Map<String, List<RuleRow>> getByCondition() {
        if (byCondition == null) {
            byCondition = administration.rules().stream()
                    .collect(Collectors.groupingBy(
                            r -> r.condition() == null ? EVERY_CONDITION : r.condition(),
                            LinkedHashMap::new,
                            Collectors.toList()));
            List<RuleRow> general = byCondition.remove(EVERY_CONDITION);
            if (general != null) {
                byCondition.put(EVERY_CONDITION, general);
            }
        }
        return byCondition;
    }

    public List<String> getConditions() {
        return List.copyOf(getByCondition().keySet());
    }
}
