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
    public List<RuleRow> rules() {
        return em.createQuery(
                        "select distinct r from DecisionRule r left join fetch r.versions order by r.code",
                        DecisionRule.class)
                .getResultStream()
                .map(RuleRow::of)
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RuleDetail rule(String code) {
        return RuleDetail.of(find(code));
    }

    /** The vignettes a rule can be previewed on: those of its condition (all of them for a rule of every condition). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Vignette> vignettesFor(String code) {
        return vignettesOf(find(code));
    }

    private static List<Vignette> vignettesOf(DecisionRule rule) {
        return rule.getConditionCode() == null ? Vignettes.all() : Vignettes.of(rule.getConditionCode());
    }

    /**
     * The rule's current version and the draft evaluated on every vignette of its condition (all vignettes for a rule
     * of every condition), side by side. Saves nothing.
     *
     * @throws InvalidInputException when the draft does not validate
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RulePreview> preview(String code, RuleDraft draft) {
        DecisionRule rule = find(code);
        return preview(rule, draft, vignettesOf(rule));
    }

    /** The preview on one vignette (see {@link #preview(String, RuleDraft)}). */
    @RolesAllowed(Role.ADMIN_NAME)
    public RulePreview preview(String code, RuleDraft draft, String vignetteKey) {
        DecisionRule rule = find(code);
        Vignette vignette = Vignettes.byKey(vignetteKey)
                .orElseThrow(() -> new InvalidInputException("vignette", "Choose a vignette to preview on."));
        return preview(rule, draft, List.of(vignette)).get(0);
    }

    private List<RulePreview> preview(DecisionRule rule, RuleDraft draft, List<Vignette> vignettes) {
        RuleSpec current = rule.spec();
        RuleSpec proposed = draftSpec(rule, draft);
        RuleBook now = rules.book().replacing(current);
        RuleBook after = now.replacing(proposed);
        return vignettes.stream()
                .map(v -> {
                    List<RuleBook.TherapyRef> therapies = therapiesOf(v.condition());
                    return new RulePreview(
                            v.key(),
                            v.title(),
                            now.outcome(current, v.facts(), v.condition(), therapies)
                                    .orElse(null),
                            after.outcome(proposed, v.facts(), v.condition(), therapies)
                                    .orElse(null));
                })
                .toList();
    }

    private List<RuleBook.TherapyRef> therapiesOf(String condition) {
        return catalog.forCondition(condition).map(ConditionCatalog::therapies).orElse(List.of()).stream()
                .map(t -> new RuleBook.TherapyRef(t.code(), t.name(), t.therapyClass()))
                .toList();
    }

    /** The instruments, therapies and factors the rule's criteria can name, with their catalogue names. */
    @RolesAllowed(Role.ADMIN_NAME)
    public RuleVocabulary vocabulary(String code) {
        DecisionRule rule = find(code);
        List<ConditionCatalog> catalogs = rule.getConditionCode() == null
                ? catalog.conditions().stream()
                        .map(c -> catalog.forCondition(c.code()))
                        .flatMap(java.util.Optional::stream)
                        .toList()
                : catalog.forCondition(rule.getConditionCode()).stream().toList();
        return new RuleVocabulary(
                distinct(catalogs.stream()
                        .flatMap(c -> c.instruments().stream())
                        .map(i -> new RuleVocabulary.Choice(i.code(), i.name()))),
                distinct(catalogs.stream()
                        .flatMap(c -> c.therapies().stream())
                        .map(t -> new RuleVocabulary.Choice(t.code(), t.name()))),
                distinct(catalogs.stream()
                        .flatMap(c -> c.factors().stream())
                        .map(f -> new RuleVocabulary.Choice(f.code(), f.name()))));
    }

    private static List<RuleVocabulary.Choice> distinct(Stream<RuleVocabulary.Choice> choices) {
        return List.copyOf(choices.collect(java.util.stream.Collectors.toMap(
                        RuleVocabulary.Choice::code, c -> c, (a, b) -> a, java.util.LinkedHashMap::new))
                .values());
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
