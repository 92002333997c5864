package org.refract.demo.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Assesses three to six resistance factors per case: those the case's own data speak to first, then others. */
final class Findings {

    private Findings() {}

    /**
     * @param known factors whose presence follows from the case's data (true = present), assessed first in this
     *        order (a linked map keeps runs deterministic)
     * @param pool the other factors that fit the condition
     */
    static void assess(CaseDraft draft, LinkedHashMap<String, Boolean> known, List<String> pool) {
        Dice dice = draft.dice;
        int target = dice.between(3, 6);
        for (var entry : known.entrySet()) {
            if (draft.findingCount() >= target) {
                break;
            }
            String status = Evidence.statusKnown(dice, entry.getValue());
            draft.find(entry.getKey(), status, Evidence.forStatus(entry.getKey(), status));
        }
        List<String> candidates = new ArrayList<>(pool);
        candidates.removeIf(draft::hasFinding);
        while (draft.findingCount() < target && !candidates.isEmpty()) {
            String factor = candidates.remove(dice.between(0, candidates.size() - 1));
            String status = Evidence.anyStatus(dice);
            draft.find(factor, status, Evidence.forStatus(factor, status));
        }
    }
}
