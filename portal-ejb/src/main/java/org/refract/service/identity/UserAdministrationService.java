package org.refract.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.refract.domain.audit.AuditRevision;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.PasswordPolicy;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.RoleGrant;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * Users and teams as administrators see and maintain them: create accounts, change name, discipline and roles,
 * deactivate and reactivate, reset a password (the user must choose a new one at the next login) and lift a lock.
 * Administrators only. An administrator can neither deactivate themselves nor leave the portal without an active
 * administrator. No administrator gives themselves a clinical role or a team, and a clinical role for an administrator
 * account waits for a second administrator ({@link RoleGrant}). Every change is audited (Envers); password hashes never
 * are. Grants, account and password changes are security events too.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministrationService {

    static final String USERNAME_PATTERN = "[a-z0-9._-]{3,64}";
    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    NotificationPreferences notificationPreferences;

    @EJB
    SecurityEventService securityEvents;

    /** Every user with their roles and team codes, by display name. Two statements whatever the size. */
    public List<UserRow> users() {
        List<UserAccount> users =
                em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
        Map<Long, List<String>> teamsByUser = new HashMap<>();
        em.createQuery("select m from TeamMembership m join fetch m.team", TeamMembership.class)
                .getResultStream()
                .forEach(m -> teamsByUser
                        .computeIfAbsent(m.getUser().getId(), k -> new ArrayList<>())
                        .add(m.getTeam().getCode()));
        return users.stream()
                .map(u -> new UserRow(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getDiscipline(),
                        u.getRoles().stream().sorted().toList(),
                        teamsByUser.getOrDefault(u.getId(), List.of()).stream()
                                .sorted()
                                .toList(),
                        u.isActive(),
                        throttle.accountWaitUntil(u.getUsername(), clock.instant())
                                .orElse(null),
                        u.getLastLoginAt()))
                .toList();
    }

    /** All teams with their member counts. */
    public List<TeamSummary> teams() {
        return em.createNamedQuery("Team.all", Team.class)
                .getResultStream()
                .map(t -> TeamSummary.of(t, null))
                .toList();
    }

    /** One account for the edit page. */
    public UserDetail user(String username) {
        return detail(account(username));
    }

    /**
     * Creates an account that must change its password at the first login. Without an initial password a one-time
     * password is generated and returned, to be shown once.
     */
    public IssuedPassword create(NewUser request) {
        FieldErrors errors = new FieldErrors();
        String username =
                request.username() == null ? "" : request.username().strip().toLowerCase();
        if (!username.matches(USERNAME_PATTERN)) {
            errors.add("username", "Use 3-64 lowercase letters, digits, dots, hyphens or underscores.");
        } else if (find(username) != null) {
            errors.add("username", "The username " + username + " is taken.");
        }
        checkDisplayName(request.displayName(), errors);
        checkRoles(request.roles(), errors);
        if (request.roles() != null && RoleGrant.needsSecondAdministrator(Set.of(), request.roles())) {
            errors.add(
                    "roles",
                    "An administrator gets clinical roles only with a second administrator's approval: create the"
                            + " account as an administrator, then grant the clinical roles.");
        }
        boolean generated =
                request.initialPassword() == null || request.initialPassword().isEmpty();
        String password = generated ? OneTimePasswords.generate(username) : request.initialPassword();
        if (!generated) {
            PasswordPolicy.violation(password, username).ifPresent(m -> errors.add("initialPassword", m));
        }
        errors.throwIfAny();
        UserAccount user = new UserAccount(
                username, request.displayName(), request.discipline(), HASHER.hash(password), request.roles());
        user.requirePasswordChange(clock.instant());
        em.persist(user);
        securityEvents.record(
                SecurityEventKind.ACCOUNT_CHANGE, username, caller(), null, "created with roles " + roleNames(user));
        return new IssuedPassword(username, generated ? password : null);
    }

    /** Changes name, discipline and roles, on the version the administrator saw. */
    public UserDetail update(
            String username, long version, String displayName, Discipline discipline, Set<Role> roles) {
        UserAccount user = account(username);
        checkVersion(user, version);
        FieldErrors errors = new FieldErrors();
        checkDisplayName(displayName, errors);
        checkRoles(roles, errors);
        checkAdministratorKept(user, roles, errors);
        checkGrant(user, roles, errors);
        errors.throwIfAny();
        user.rename(displayName);
        user.changeDiscipline(discipline);
        grantRoles(user, roles);
        em.flush();
        return detail(user);
    }

    /**
     * Applies a scripted change ({@code PUT /api/users/{username}}) in one transaction, under the same rules as the
     * pages: nothing is changed when any part is refused. Deactivation, a role change or a team change ends the
     * account's live sessions at their next request.
     */
    public UserDetail apply(String username, AccountChange change) {
        UserAccount user = account(username);
        FieldErrors errors = new FieldErrors();
        if (change.displayName() != null) {
            checkDisplayName(change.displayName(), errors);
        }
        Set<Role> roles = change.roles() == null ? user.getRoles() : change.roles();
        if (change.roles() != null) {
            checkRoles(roles, errors);
            checkAdministratorKept(user, roles, errors);
            checkGrant(user, roles, errors);
        }
        Set<Role> effectiveRoles =
                change.roles() == null || roles.isEmpty() || RoleGrant.needsSecondAdministrator(user.getRoles(), roles)
                        ? user.getRoles()
                        : roles;
        boolean active = change.active() == null ? user.isActive() : change.active();
        if (!active && user.isActive()) {
            deactivationProblem(user).ifPresent(m -> errors.add("active", m));
        }
        List<Team> teams = change.teams() == null ? null : teams(user, change.teams(), effectiveRoles, active, errors);
        errors.throwIfAny();
        if (change.displayName() != null) {
            user.rename(change.displayName());
        }
        if (change.roles() != null) {
            grantRoles(user, roles);
        }
        if (teams != null) {
            joinExactly(user, teams);
        }
        if (active != user.isActive()) {
            securityEvents.record(
                    SecurityEventKind.ACCOUNT_CHANGE,
                    user.getUsername(),
                    caller(),
                    null,
                    active ? "reactivated" : "deactivated");
        }
        if (active) {
            user.activate();
        } else {
            user.deactivate();
        }
        if (change.email() != null) {
            notificationAddress(user, change.email());
        }
        em.flush();
        return detail(user);
    }

    /** The account can no longer log in; its name stays on everything it did. */
    public UserDetail deactivate(String username) {
        UserAccount user = account(username);
        deactivationProblem(user).ifPresent(m -> {
            throw InvalidRequestException.of(null, m);
        });
        user.deactivate();
        securityEvents.record(SecurityEventKind.ACCOUNT_CHANGE, user.getUsername(), caller(), null, "deactivated");
        em.flush();
        return detail(user);
    }

    public UserDetail reactivate(String username) {
        UserAccount user = account(username);
        if (!user.isActive()) {
            securityEvents.record(SecurityEventKind.ACCOUNT_CHANGE, user.getUsername(), caller(), null, "reactivated");
        }
        user.activate();
        em.flush();
        return detail(user);
    }

    /**
     * Replaces the password by a generated one-time password, returned to be shown once; the user must choose a new
     * password at the next login, and a lock is lifted. API credentials remembered for the old password stop
     * working at once (they are bound to the stored hash).
     */
    public IssuedPassword resetPassword(String username) {
        UserAccount user = account(username);
        String password = OneTimePasswords.generate(user.getUsername());
        user.resetPassword(HASHER.hash(password), clock.instant());
        securityEvents.record(SecurityEventKind.PASSWORD_RESET, user.getUsername(), caller(), null, null);
        return new IssuedPassword(user.getUsername(), password);
    }

    /**
     * A second administrator approves the roles waiting for the account: it gets them, and its sessions end.
     *
     * @throws NotFoundException when nothing waits for this account
     * @throws org.refract.domain.shared.InvalidStateException for the administrator who asked, or the account's owner
     */
    public UserDetail approveGrant(String username) {
        UserAccount user = account(username);
        RoleGrant grant =
                pendingGrant(user).orElseThrow(() -> new NotFoundException("No grant waits for " + username + "."));
        grant.approve(caller(), clock.instant());
        securityEvents.record(
                SecurityEventKind.GRANT_APPROVED,
                user.getUsername(),
                caller(),
                null,
                "roles " + roleNames(user) + ", asked by " + grant.getRequestedBy());
        em.flush();
        return detail(user);
    }

    /** Refuses (or, for the administrator who asked, withdraws) the roles waiting for the account. */
    public UserDetail refuseGrant(String username) {
        UserAccount user = account(username);
        RoleGrant grant =
                pendingGrant(user).orElseThrow(() -> new NotFoundException("No grant waits for " + username + "."));
        grant.refuse(caller(), clock.instant());
        securityEvents.record(
                SecurityEventKind.GRANT_REFUSED,
                user.getUsername(),
                caller(),
                null,
                "roles " + grant.getRoles() + ", asked by " + grant.getRequestedBy());
        em.flush();
        return detail(user);
    }

    /**
     * Lifts the waits that failed logins put on this account (on this server node) and restarts its failure count.
     */
    public UserDetail unlock(String username) {
        UserAccount user = account(username);
        throttle.clear(user.getUsername());
        em.createNamedQuery("UserAccount.clearFailedLogins")
                .setParameter("username", user.getUsername())
                .executeUpdate();
        em.refresh(user);
        return detail(user);
    }

    /** The audited changes of an account, newest first. */
    public List<UserHistoryRow> history(String username) {
        UserAccount user = account(username);
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(UserAccount.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(user.getId()))
                .addOrder(
                        org.hibernate.envers.query.AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    UserAccount state = (UserAccount) row[0];
                    AuditRevision revision = (AuditRevision) row[1];
                    return UserHistoryRow.of(
                            revision.getTimestamp(),
                            revision.getUsername(),
                            state.getDisplayName(),
                            state.getDiscipline(),
                            state.getRoles(),
                            state.isActive(),
                            state.isPasswordChangeRequired());
                })
                .toList();
    }

    private void checkVersion(UserAccount user, long version) {
        if (user.getVersion() == version) {
            return;
        }
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(UserAccount.class, user.getId());
        if (revisions.isEmpty()) {
            throw new ConflictException(
                    "This account was changed after you opened it. Your input is kept: "
                            + "review the change, then save again.",
                    null,
                    null);
        }
        AuditRevision last = reader.findRevision(AuditRevision.class, revisions.get(revisions.size() - 1));
        throw new ConflictException(
                "This account was changed by " + last.getUsername() + " at "
                        + SAVED_AT.format(last.getTimestamp())
                        + " after you opened it. Your input is kept: review their "
                        + "change, then save again.",
                last.getUsername(),
                last.getTimestamp());
    }

    private void checkAdministratorKept(UserAccount user, Set<Role> roles, FieldErrors errors) {
        if (roles != null && !roles.contains(Role.ADMIN) && user.hasRole(Role.ADMIN)) {
            if (user.getUsername().equals(caller())) {
                errors.add("roles", "You cannot take away your own administrator role.");
            } else if (user.isActive() && activeAdministrators() <= 1) {
                errors.add("roles", "The portal needs at least one active administrator.");
            }
        }
    }

    /**
     * No administrator gives themselves clinical access, and a clinical role for an administrator account waits for
     * a second administrator; only one such grant waits at a time.
     */
    private void checkGrant(UserAccount user, Set<Role> roles, FieldErrors errors) {
        if (roles == null || roles.isEmpty()) {
            return;
        }
        boolean gainsClinicalRole =
                roles.stream().filter(role -> role != Role.ADMIN).anyMatch(role -> !user.hasRole(role));
        if (user.getUsername().equals(caller()) && gainsClinicalRole) {
            errors.add("roles", "You cannot give yourself a clinical role: another administrator must.");
        } else if (RoleGrant.needsSecondAdministrator(user.getRoles(), roles)
                && pendingGrant(user).isPresent()) {
            errors.add("roles", "A change of roles for this account already waits for a second administrator.");
        }
    }

    /**
     * Applies a role change, or stores it as a grant waiting for a second administrator when it gives an
     * administrator clinical access; either way it is a security event.
     */
    private void grantRoles(UserAccount user, Set<Role> roles) {
        if (RoleGrant.needsSecondAdministrator(user.getRoles(), roles)) {
            em.persist(new RoleGrant(user, roles, caller(), clock.instant()));
            securityEvents.record(
                    SecurityEventKind.GRANT_REQUESTED,
                    user.getUsername(),
                    caller(),
                    null,
                    "roles " + roles.stream().sorted().toList() + " wait for a second administrator");
            return;
        }
        String before = roleNames(user);
        user.changeRoles(roles);
        String after = roleNames(user);
        if (!before.equals(after)) {
            securityEvents.record(
                    SecurityEventKind.ROLE_CHANGE,
                    user.getUsername(),
                    caller(),
                    null,
                    "roles " + before + " -> " + after);
        }
    }

    private Optional<RoleGrant> pendingGrant(UserAccount user) {
        return em.createNamedQuery("RoleGrant.pendingOf", RoleGrant.class)
                .setParameter("username", user.getUsername())
                .getResultStream()
                .findFirst();
    }

    private static String roleNames(UserAccount user) {
        return user.getRoles().stream().sorted().toList().toString();
    }

    private Optional<String> deactivationProblem(UserAccount user) {
        if (user.getUsername().equals(caller())) {
            return Optional.of("You cannot deactivate your own account.");
        }
        if (user.isActive() && user.hasRole(Role.ADMIN) && activeAdministrators() <= 1) {
            return Optional.of("The portal needs at least one active administrator.");
        }
        return Optional.empty();
    }

    /** The teams named, checked as the team pages check a new member: an active clinician. */
    private List<Team> teams(UserAccount user, Set<String> codes, Set<Role> roles, boolean active, FieldErrors errors) {
        List<Team> teams = new ArrayList<>();
        for (String code : codes) {
            em.createNamedQuery("Team.byCode", Team.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst()
                    .ifPresentOrElse(teams::add, () -> errors.add("teams", "No team " + code + "."));
        }
        if (user.getUsername().equals(caller())
                && teams.stream().anyMatch(team -> team.membershipOf(user).isEmpty())) {
            errors.add("teams", "You cannot add yourself to a team: another administrator must.");
        }
        if (!codes.isEmpty() && !roles.contains(Role.CLINICIAN)) {
            errors.add("teams", "Only clinicians belong to teams.");
        } else if (!codes.isEmpty() && !active) {
            errors.add("teams", "A deactivated account cannot join a team.");
        }
        return teams;
    }

    private void joinExactly(UserAccount user, List<Team> teams) {
        List<String> left = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        em.createNamedQuery("Team.ofUser", Team.class)
                .setParameter("username", user.getUsername())
                .getResultStream()
                .filter(team -> !teams.contains(team))
                .forEach(team -> {
                    team.remove(user);
                    left.add(team.getCode());
                });
        teams.stream().filter(team -> team.membershipOf(user).isEmpty()).forEach(team -> {
            team.enrol(user, TeamRole.MEMBER);
            joined.add(team.getCode());
        });
        if (!left.isEmpty() || !joined.isEmpty()) {
            securityEvents.record(
                    SecurityEventKind.TEAM_CHANGE,
                    user.getUsername(),
                    caller(),
                    null,
                    "joined " + joined + ", left " + left);
        }
    }

    /**
     * Sets the address notifications may be mailed to (its owner confirms it through the link mailed to it); whether
     * they are mailed stays the user's choice.
     */
    private void notificationAddress(UserAccount user, String email) {
        String address = email.isBlank() ? null : email;
        notificationPreferences.change(
                user,
                address,
                address != null && notificationPreferences.of(user).isEmailEnabled());
    }

    private static void checkDisplayName(String displayName, FieldErrors errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add("displayName", "Enter the name shown on screen.");
        } else if (displayName.strip().length() > 120) {
            errors.add("displayName", "Use at most 120 characters.");
        }
    }

    private static void checkRoles(Set<Role> roles, FieldErrors errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "Choose at least one role.");
        }
    }

    private long activeAdministrators() {
        return em.createNamedQuery("UserAccount.countActiveWithRole", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private UserDetail detail(UserAccount user) {
        Optional<Instant> delayedUntil = throttle.accountWaitUntil(user.getUsername(), clock.instant());
        List<TeamSummary> teams = em.createNamedQuery("TeamMembership.ofUser", TeamMembership.class)
                .setParameter("username", user.getUsername())
                .getResultStream()
                .map(m -> TeamSummary.of(m.getTeam(), m.getTeamRole()))
                .toList();
        return new UserDetail(
                user.getUsername(),
                user.getDisplayName(),
                user.getDiscipline(),
                Set.copyOf(user.getRoles()),
                user.isActive(),
                user.isPasswordChangeRequired(),
                delayedUntil.isPresent(),
                delayedUntil.orElse(null),
                user.getFailedLogins(),
                user.getLastLoginAt(),
                user.getVersion(),
                teams,
                pendingGrant(user)
                        .map(g -> new UserDetail.PendingGrant(g.getRoles(), g.getRequestedBy(), g.getRequestedAt()))
                        .orElse(null));
    }

    private UserAccount account(String username) {
        UserAccount user = find(username);
        if (user == null) {
            throw new NotFoundException("No account " + username + ".");
        }
        return user;
    }

    private UserAccount find(String username) {
        if (username == null) {
            return null;
        }
        return users.findUser(username).orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
