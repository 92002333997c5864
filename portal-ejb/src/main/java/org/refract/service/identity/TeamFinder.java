package org.refract.service.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.refract.domain.identity.Team;

/**
 * Teams by code: the one place this lookup runs. No access check of its own (a caller that must be a member checks
 * {@link Team#hasMember}); used inside the role-checked services' transactions.
 */
@Dependent
public class TeamFinder {

    @PersistenceContext
    EntityManager em;

    /** The team of that code (surrounding blanks ignored), whoever its members are. */
    public Optional<Team> findTeam(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Team.byCode", Team.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst();
    }
}
