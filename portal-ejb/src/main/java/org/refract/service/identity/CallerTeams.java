package org.refract.service.identity;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/**
 * The ids of the teams a user belongs to, the scope of every team-scoped list. Answered from the query cache after
 * the first request (Hibernate drops the cached answer when any membership changes), so that a page pays no
 * statement for it; the ids are bound as values, which lets PostgreSQL walk an index (issue 16).
 */
public final class CallerTeams {

    private CallerTeams() {}

    /** The ids of {@code username}'s teams, in the persistence context of {@code em}. */
    public static List<Long> ids(EntityManager em, String username) {
        return em.createQuery("select m.team.id from TeamMembership m where m.user.username = :caller", Long.class)
                .setParameter("caller", username)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }
}
