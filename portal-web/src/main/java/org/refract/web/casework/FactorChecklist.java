package org.refract.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.refract.domain.catalog.FactorCategory;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.FindingRow;
import org.refract.service.catalog.FactorOption;
import org.refract.web.shared.FormFeedback;

/**
 * The Resistance factors tab: every factor of the condition's catalogue, grouped by category, with the team's
 * finding or "not assessed", and an inline form per factor. Each factor keeps its own draft, so typing evidence
 * for one factor and saving another loses nothing.
 */
@Named
@ViewScoped
public class FactorChecklist implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicalRecordService records;

    @Inject
    CasePage page;

    @Inject
    CaseChange change;

    private final Map<String, Draft> drafts = new HashMap<>();

    /** One factor of the checklist with the team's finding, if any. */
    public record Item(FactorOption factor, FindingRow finding) {

        public boolean assessed() {
            return finding != null;
        }
    }

    /** The factors of one category. */
    public record Group(FactorCategory category, List<Item> items) {}

    /** What the user is entering for one factor. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private final FormFeedback feedback = new FormFeedback();
        private String status;
        private String evidence;

        public FormFeedback getFeedback() {
            return feedback;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    public List<Group> getGroups() {
        List<FactorOption> factors = page.getFactors();
        return Arrays.stream(FactorCategory.values())
                .map(category -> new Group(
                        category,
                        factors.stream()
                                .filter(f -> f.category() == category)
                                .map(f -> new Item(f, finding(f.code()).orElse(null)))
                                .toList()))
                .filter(group -> !group.items().isEmpty())
                .toList();
    }

    public long getAssessedCount() {
        return page.getFactors().stream()
                .filter(f -> finding(f.code()).isPresent())
                .count();
    }

    public int getFactorCount() {
        return page.getFactors().size();
    }

    /** The draft of a factor, starting from the team's current finding. */
    public Draft draft(String factorCode) {
        return drafts.computeIfAbsent(factorCode, code -> {
            Draft draft = new Draft();
            finding(code).ifPresent(f -> {
                draft.status = f.status().name();
                draft.evidence = f.evidence();
            });
            return draft;
        });
    }

    public void save(FactorOption factor) {
        Draft draft = draft(factor.code());
        change.run(
                draft.feedback,
                (id, version) -> records.assessFactor(
                        id, version, new FindingRequest(factor.code(), draft.status, draft.evidence, null)),
                field -> null,
                "case.factor.saved",
                factor.name());
    }

    private Optional<FindingRow> finding(String factorCode) {
        return page.getDetail().findings().stream()
                .filter(f -> f.factorCode().equals(factorCode))
                .findFirst();
    }
}
