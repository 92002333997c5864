package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.refract.domain.identity.Role;
import org.refract.domain.review.ActionItem;
import org.refract.service.shared.NotFoundException;

/**
 * The action items of signed recommendations: each member's open actions, and marking one done (its owner, or the
 * team's chair or coordinator).
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class ActionItemService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingViews views;

    /** The caller's open action items of signed recommendations, soonest due first. */
    public List<ActionRow> myOpenActions() {
        LocalDate today = views.today();
        return em.createNamedQuery("ActionItem.openOfOwner", ActionItem.class)
                .setParameter("username", access.caller())
                .getResultStream()
                .map(a -> MeetingViews.actionRow(a, today))
                .toList();
    }

    /** The owner (or the team's chair or coordinator) marks an action done. */
    public ActionRow completeAction(long actionId) {
        ActionItem action = em.createQuery(
                        "select a from ActionItem a where a.id = :id and exists"
                                + " (select tm from TeamMembership tm where tm.team = a.recommendation.agendaItem.meeting.team"
                                + " and tm.user.username = :caller)",
                        ActionItem.class)
                .setParameter("id", actionId)
                .setParameter("caller", access.caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " was not found."));
        if (!action.getOwner().getUsername().equals(access.caller())) {
            access.requireManager(
                    action.getRecommendation().getAgendaItem().getMeeting().getTeam());
        }
        action.complete(access.caller(), clock.instant());
        em.flush();
        return MeetingViews.actionRow(action, views.today());
    }
}
