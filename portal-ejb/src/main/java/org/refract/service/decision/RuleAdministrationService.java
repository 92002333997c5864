package org.refract.service.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleDraft;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.decision.RuleVersion;
import org.refract.domain.decision.Vignette;
import org.refract.domain.decision.Vignettes;
import org.refract.domain.identity.Role;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionCatalog;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/**
 * Rule administration: list, open, preview and revise rules. Every save adds a version (nothing is overwritten) and
 * rebuilds the cached rule book. Administrators never see clinical cases: previews run on the written vignettes.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RuleAdministrationService {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @EJB
    DecisionRules rules;

    @EJB
    CatalogService catalog;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<RuleSummary> rules() {
        return em.createQuery(
                        "select distinct r from DecisionRule r left join fetch r.versions order by r.code",
                        DecisionRule.class)
                .getResultStream()
                .map(RuleSummary::of)
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RuleDetail rule(String code) {
        return RuleDetail.of(find(code));
    }

    /** The vignettes a rule can be previewed on: those of its condition (all of them for a rule of every condition). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Vignette> vignettesFor(String code) {
        DecisionRule rule = find(code);
        return rule.getConditionCode() == null ? Vignettes.all() : Vignettes.of(rule.getConditionCode());
    }

    /**
     * What the assessment of a vignette would say with the draft in place of the rule's current version, next to
     * what it says now.
     *
     * @throws InvalidInputException when the draft does not validate (nothing is saved either way)
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public RulePreview preview(String code, RuleDraft draft, String vignetteKey) {
        DecisionRule rule = find(code);
        Vignette vignette = Vignettes.byKey(vignetteKey)
                .orElseThrow(() -> new InvalidInputException("vignette", "Choose a vignette to preview on."));
        RuleSpec current = rule.spec();
        RuleSpec proposed = draftSpec(rule, draft);
        RuleBook now = rules.book();
        RuleBook after = new RuleBook(Stream.concat(
                        now.rules().stream().filter(r -> !r.code().equals(code)), Stream.of(proposed))
                .toList());
        var therapies =
                catalog.forCondition(vignette.condition()).map(ConditionCatalog::therapies).orElse(List.of()).stream()
                        .map(t -> new RuleBook.TherapyRef(t.code(), t.name()))
                        .toList();
        Assessment before = now.assess(vignette.facts(), vignette.condition(), therapies);
        Assessment with = after.assess(vignette.facts(), vignette.condition(), therapies);
        return new RulePreview(
                vignette.key(),
                vignette.title(),
                RulePreview.outcomeOf(current, before),
                RulePreview.outcomeOf(proposed, with));
    }

    /**
     * Saves the draft as the rule's next version.
     *
     * @param basedOn the version the administrator edited; someone else's save in between is refused by name
     * @return the rule after the save
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public RuleDetail revise(String code, int basedOn, RuleDraft draft) {
        DecisionRule rule = em.createQuery("select r from DecisionRule r where r.code = :code", DecisionRule.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound(code));
        if (rule.getCurrentNumber() != basedOn) {
            RuleVersion latest = rule.current();
            throw new ConflictException(
                    "This rule was changed by " + latest.getCreatedBy() + " at "
                            + SAVED_AT.format(latest.getCreatedAt()) + " (version " + latest.getNumber()
                            + ") after you opened"
                            + " it. Your edit is kept: compare it with their version, then save again.",
                    latest.getCreatedBy(),
                    latest.getCreatedAt());
        }
        RuleVersion added = rule.revise(draft, security.getCallerPrincipal().getName(), clock.instant());
        em.persist(added);
        em.flush();
        rules.invalidate();
        return RuleDetail.of(rule);
    }

    private static RuleSpec draftSpec(DecisionRule rule, RuleDraft draft) {
        RuleSpec current = rule.spec();
        var criteria = org.refract.domain.decision.CriteriaJson.read(draft.criteria());
        return new RuleSpec(
                current.code(),
                current.kind(),
                current.condition(),
                current.therapy(),
                draft.name() == null || draft.name().isBlank() ? current.name() : draft.name(),
                draft.source() == null || draft.source().isBlank() ? current.source() : draft.source(),
                draft.articleSlug(),
                current.version() + 1,
                draft.effectiveFrom() == null ? current.effectiveFrom() : draft.effectiveFrom(),
                criteria,
                draft.reviewAfterWeeks(),
                draft.severity(),
                draft.alertText(),
                draft.investigational());
    }

    private DecisionRule find(String code) {
        return em.createQuery(
                        "select distinct r from DecisionRule r left join fetch r.versions where r.code = :code",
                        DecisionRule.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound(code));
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("Rule " + code + " was not found.");
    }
}
