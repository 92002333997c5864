package org.refract.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.refract.domain.identity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs test code inside the container as a given portal user, with that user's name and roles. {@code @RunAs}
 * only grants a role (the caller stays "anonymous"), but team scoping, the audit trail and the view log go by
 * the caller's name; so this creates an Elytron identity for the account, as the login does, without a password.
 * <p>
 * The work runs without a transaction of its own: every service call in it commits (or fails) on its own, as it
 * does for a page or a REST request.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsUser {

    @PersistenceContext
    EntityManager em;

    public <T> T call(String username, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(rolesOf(username))));
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** Like {@link #call} for work that returns nothing. */
    public void run(String username, Work work) throws Exception {
        call(username, () -> {
            work.run();
            return null;
        });
    }

    private Set<String> rolesOf(String username) {
        List<Role> roles = em.createQuery(
                        "select r from UserAccount u join u.roles r where u.username = :username", Role.class)
                .setParameter("username", username)
                .getResultList();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("No account " + username + " with a role.");
        }
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    /** Test code that may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
