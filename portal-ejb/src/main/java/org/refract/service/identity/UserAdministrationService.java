package org.refract.service.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.UserAccount;

/** Users and teams as administrators see them. Administrators only. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministrationService {

    @PersistenceContext
    EntityManager em;

    /** Every user with their roles and team codes, by display name. Two statements whatever the size. */
    public List<UserSummary> users() {
        List<UserAccount> users = em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
        Map<Long, List<String>> teamsByUser = new HashMap<>();
        em.createQuery("select m from TeamMembership m join fetch m.team", TeamMembership.class)
                .getResultStream()
                .forEach(m -> teamsByUser.computeIfAbsent(m.getUser().getId(), k -> new ArrayList<>())
                        .add(m.getTeam().getCode()));
        return users.stream()
                .map(u -> new UserSummary(u.getUsername(), u.getDisplayName(), u.getDiscipline(),
                        u.getRoles().stream().sorted().toList(),
                        teamsByUser.getOrDefault(u.getId(), List.of()).stream().sorted().toList(),
                        u.isActive(), u.getLockedUntil(), u.getLastLoginAt()))
                .toList();
    }

    /** All teams with their member counts. */
    public List<TeamSummary> teams() {
        return em.createNamedQuery("Team.all", Team.class).getResultStream()
                .map(t -> TeamSummary.of(t, null))
                .toList();
    }
}
