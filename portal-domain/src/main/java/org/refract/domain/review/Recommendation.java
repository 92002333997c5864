package org.refract.domain.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * The team's structured decision on a case: what to do, which therapy, why, which resistance factors to address,
 * who does what by when, and when to follow up. Drafted during the discussion; once the chair signs it, it is
 * locked and corrected only by dated {@link Addendum addenda}.
 */
@Entity
@Table(name = "recommendation")
@Audited
public class Recommendation extends BaseEntity {

    static final int RATIONALE_MAX = 4000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, unique = true, updatable = false)
    private AgendaItem agendaItem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RecommendationDecision decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "therapy_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Therapy therapy;

    @Column(nullable = false, length = RATIONALE_MAX)
    private String rationale;

    @ManyToMany
    @JoinTable(
            name = "recommendation_factor",
            joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "factor_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<ResistanceFactor> factorsToAddress = new HashSet<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<ActionItem> actions = new ArrayList<>();

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_by_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    /** The case's refractory status when signed (MET, NOT_MET, INSUFFICIENT_DATA), null without a definition. */
    @Column(name = "refractory_at_signing", length = 24)
    private String refractoryAtSigning;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt, id")
    private List<Addendum> addenda = new ArrayList<>();

    protected Recommendation() {
        // for JPA
    }

    Recommendation(AgendaItem agendaItem, RecommendationContent content, String by, Instant now) {
        this.agendaItem = Objects.requireNonNull(agendaItem, "The agenda item is required.");
        revise(content, by, now);
    }

    /**
     * Rewrites the draft as a whole.
     *
     * @throws InvalidInputException on "decision", "therapy" (required to switch or add, and from the case's
     *         condition), "rationale", "followUpOn", "factorsToAddress", "actions[i].…"
     * @throws InvalidStateException once signed
     */
    void revise(RecommendationContent content, String by, Instant now) {
        requireDraft();
        Objects.requireNonNull(content, "The content is required.");
        if (content.decision() == null) {
            throw new InvalidInputException("decision", "Choose the decision.");
        }
        var condition = agendaItem.getClinicalCase().getCondition();
        if (content.decision().needsTherapy() && content.therapy() == null) {
            throw new InvalidInputException(
                    "therapy",
                    "Choose the therapy to "
                            + (content.decision() == RecommendationDecision.ADD_THERAPY ? "add." : "switch to."));
        }
        if (content.therapy() != null && !content.therapy().appliesTo(condition)) {
            throw new InvalidInputException(
                    "therapy", content.therapy().getName() + " is not a therapy for " + condition.getName() + ".");
        }
        for (ResistanceFactor factor : content.factorsToAddress()) {
            if (!factor.appliesTo(condition)) {
                throw new InvalidInputException(
                        "factorsToAddress", factor.getName() + " does not apply to " + condition.getName() + ".");
            }
        }
        String validRationale =
                ReviewTexts.required(content.rationale(), RATIONALE_MAX, "rationale", "Give the rationale.");
        List<ActionItem> newActions = new ArrayList<>();
        for (int i = 0; i < content.actions().size(); i++) {
            newActions.add(new ActionItem(this, content.actions().get(i), i));
        }
        this.decision = content.decision();
        this.therapy = content.therapy();
        this.rationale = validRationale;
        this.factorsToAddress.clear();
        this.factorsToAddress.addAll(content.factorsToAddress());
        this.actions.clear();
        this.actions.addAll(newActions);
        this.followUpOn = content.followUpOn();
        this.draftedBy = ReviewTexts.requireUser(by);
        this.draftedAt = Objects.requireNonNull(now, "The time is required.");
    }

    void sign(UserAccount signer, Instant now, String refractoryStatus) {
        requireDraft();
        this.signedBy = signer;
        this.signedAt = Objects.requireNonNull(now, "The time is required.");
        this.refractoryAtSigning = refractoryStatus;
    }

    /** The case's refractory status when the recommendation was signed; empty while a draft or without one. */
    public Optional<String> getRefractoryAtSigning() {
        return Optional.ofNullable(refractoryAtSigning);
    }

    /**
     * Adds a dated correction to a signed recommendation.
     *
     * @throws InvalidStateException while the recommendation is a draft (change the draft instead)
     */
    public Addendum addAddendum(String text, String by, Instant now) {
        if (!isSigned()) {
            throw new InvalidStateException("The recommendation is still a draft: change it instead.");
        }
        Addendum addendum = new Addendum(this, text, by, now);
        addenda.add(addendum);
        return addendum;
    }

    private void requireDraft() {
        if (isSigned()) {
            throw new InvalidStateException(
                    "The recommendation was signed on " + signedAt + " and is locked: add an addendum instead.");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public RecommendationDecision getDecision() {
        return decision;
    }

    public Optional<Therapy> getTherapy() {
        return Optional.ofNullable(therapy);
    }

    public String getRationale() {
        return rationale;
    }

    public Set<ResistanceFactor> getFactorsToAddress() {
        return Collections.unmodifiableSet(factorsToAddress);
    }

    public List<ActionItem> getActions() {
        return Collections.unmodifiableList(actions);
    }

    public Optional<LocalDate> getFollowUpOn() {
        return Optional.ofNullable(followUpOn);
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Optional<UserAccount> getSignedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<Instant> getSignedAt() {
        return Optional.ofNullable(signedAt);
    }

    public List<Addendum> getAddenda() {
        return Collections.unmodifiableList(addenda);
    }
}
