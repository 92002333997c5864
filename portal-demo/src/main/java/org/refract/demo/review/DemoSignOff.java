package org.refract.demo.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.AgendaItem;
import org.refract.service.decision.DecisionRules;
import org.refract.service.outcome.StopFacts;

/**
 * The chair's sign-off as the demo performs it: like {@code RecommendationService.signOff}, it records the case's
 * refractory status at that moment by the condition's refractory definition (so that signed demo decisions show it
 * and team analytics counts them), evaluated on the case's record of the day of signing.
 */
@Dependent
class DemoSignOff {

    @PersistenceContext
    EntityManager em;

    @EJB
    DecisionRules rules;

    @Inject
    StopFacts facts;

    void sign(AgendaItem item, UserAccount chair, Instant at) {
        item.signOff(chair, TeamRole.CHAIR, at, refractoryStatus(item.getClinicalCase(), at));
    }

    private String refractoryStatus(ClinicalCase clinicalCase, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneId.systemDefault());
        String condition = clinicalCase.getCondition().getCode();
        RuleOutcome refractory = rules.book()
                .assess(
                        facts.on(clinicalCase, day),
                        condition,
                        em.createNamedQuery("Therapy.forCondition", Therapy.class)
                                .setParameter("condition", clinicalCase.getCondition())
                                .getResultStream()
                                .map(t -> new RuleBook.TherapyRef(t.getCode(), t.getName(), t.getTherapyClass()))
                                .toList())
                .refractoryOutcome();
        return refractory == null ? null : refractory.refractoryStatus();
    }
}
