package org.refract.domain.trial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.TrialStatus;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * A registered clinical trial a team could refer a patient to: its registry identifier (fixed once created), title,
 * condition, recruitment status, sites and a link, and its eligibility as a versioned rule of kind
 * {@link RuleKind#TRIAL} (edited in the rule editor like every rule, so assessments cite the version they used).
 * Audited: who changed the status or the sites, and when, stays visible.
 */
@Entity
@Audited
@Table(name = "clinical_trial")
@NamedQuery(
        name = "ClinicalTrial.all",
        query = "select t from ClinicalTrial t join fetch t.eligibility order by t.conditionCode, t.registryId")
@NamedQuery(
        name = "ClinicalTrial.byRegistryId",
        query = "select t from ClinicalTrial t join fetch t.eligibility where t.registryId = :registryId")
public class ClinicalTrial extends BaseEntity {

    public static final int TITLE_MAX = 300;
    public static final int SITES_MAX = 2000;
    public static final int LINK_MAX = 500;

    @Column(name = "registry_id", nullable = false, unique = true, length = 40, updatable = false)
    private String registryId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "condition_code", nullable = false, length = 40, updatable = false)
    private String conditionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TrialStatus status;

    @Column(length = SITES_MAX)
    private String sites;

    @Column(nullable = false, length = LINK_MAX)
    private String link;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id", nullable = false, unique = true, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private DecisionRule eligibility;

    protected ClinicalTrial() {
        // for JPA
    }

    /**
     * A trial with its eligibility rule.
     *
     * @throws InvalidInputException naming the field at fault
     */
    public ClinicalTrial(
            RegistryId registryId,
            String conditionCode,
            String title,
            TrialStatus status,
            String sites,
            String link,
            DecisionRule eligibility) {
        this.registryId = Objects.requireNonNull(registryId, "registryId").value();
        if (conditionCode == null || conditionCode.isBlank()) {
            throw new InvalidInputException("condition", "Choose the condition the trial is for.");
        }
        Objects.requireNonNull(eligibility, "eligibility");
        if (eligibility.getKind() != RuleKind.TRIAL || !conditionCode.equals(eligibility.getConditionCode())) {
            throw new IllegalArgumentException("A trial's eligibility is a TRIAL rule of its condition");
        }
        this.conditionCode = conditionCode;
        this.eligibility = eligibility;
        revise(title, status, sites, link);
    }

    /**
     * Changes what the registry says about the trial (the identifier, the condition and the eligibility rule stay).
     *
     * @throws InvalidInputException naming the field at fault; nothing changes then
     */
    public void revise(String title, TrialStatus status, String sites, String link) {
        String checkedTitle = checkTitle(title);
        TrialStatus checkedStatus = checkStatus(status);
        String checkedSites = checkSites(sites);
        String checkedLink = checkLink(link, RegistryId.of(registryId));
        this.title = checkedTitle;
        this.status = checkedStatus;
        this.sites = checkedSites;
        this.link = checkedLink;
    }

    public static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Give the trial's title as registered.");
        }
        String stripped = title.strip();
        if (stripped.length() > TITLE_MAX) {
            throw new InvalidInputException("title", "Use at most " + TITLE_MAX + " characters.");
        }
        return stripped;
    }

    public static TrialStatus checkStatus(TrialStatus status) {
        if (status == null) {
            throw new InvalidInputException("status", "Choose the recruitment status.");
        }
        return status;
    }

    public static String checkSites(String sites) {
        if (sites == null || sites.isBlank()) {
            return null;
        }
        String stripped = sites.strip();
        if (stripped.length() > SITES_MAX) {
            throw new InvalidInputException("sites", "Use at most " + SITES_MAX + " characters.");
        }
        return stripped;
    }

    /** A blank link becomes the registry's own page of the trial. */
    public static String checkLink(String link, RegistryId registryId) {
        if (link == null || link.isBlank()) {
            return registryId.registryLink();
        }
        String stripped = link.strip();
        try {
            URI uri = new URI(stripped);
            if (stripped.length() > LINK_MAX
                    || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new InvalidInputException(
                        "link", "Give a web address starting with https:// (at most " + LINK_MAX + " characters).");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("link", "This is not a web address: " + e.getReason() + ".");
        }
        return stripped;
    }

    public String getRegistryId() {
        return registryId;
    }

    public String getTitle() {
        return title;
    }

    public String getConditionCode() {
        return conditionCode;
    }

    public TrialStatus getStatus() {
        return status;
    }

    public String getSites() {
        return sites;
    }

    public String getLink() {
        return link;
    }

    public DecisionRule getEligibility() {
        return eligibility;
    }

    @Override
    public String toString() {
        return "ClinicalTrial[" + registryId + "]";
    }
}
