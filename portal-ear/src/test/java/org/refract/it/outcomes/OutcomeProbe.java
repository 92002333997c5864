package org.refract.it.outcomes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads what the review loop left in the database, for the assertions of the outcome tests. */
@Stateless
@PermitAll
public class OutcomeProbe {

    @PersistenceContext
    EntityManager em;

    public long teamId(String code) {
        return em.createQuery("select t.id from Team t where t.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    public long caseId(String pseudonym) {
        return em.createQuery("select c.id from ClinicalCase c where c.patient.pseudonym = :p", Long.class)
                .setParameter("p", pseudonym)
                .getSingleResult();
    }

    /** Notifications of a kind on a case for one recipient. */
    public long notifications(long caseId, String kind, String username) {
        return em.createQuery(
                        "select count(n) from Notification n where n.caseId = :caseId and n.kind = "
                                + "org.refract.domain.review.NotificationKind." + kind
                                + " and n.recipient.username = :username",
                        Long.class)
                .setParameter("caseId", caseId)
                .setParameter("username", username)
                .getSingleResult();
    }

    public long reviewCalls(long caseId) {
        return em.createQuery("select count(k) from ReviewCall k where k.clinicalCase.id = :caseId", Long.class)
                .setParameter("caseId", caseId)
                .getSingleResult();
    }

    public long agendaItems(long caseId, long meetingId) {
        return em.createQuery(
                        "select count(i) from AgendaItem i where i.clinicalCase.id = :caseId and i.meeting.id = :m",
                        Long.class)
                .setParameter("caseId", caseId)
                .setParameter("m", meetingId)
                .getSingleResult();
    }

    public long outcomeAuditRows(long recommendationId) {
        return ((Number) em.createNativeQuery("select count(*) from decision_outcome_aud where recommendation_id = ?1")
                        .setParameter(1, recommendationId)
                        .getSingleResult())
                .longValue();
    }
}
