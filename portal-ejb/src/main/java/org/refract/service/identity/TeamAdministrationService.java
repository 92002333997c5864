package org.refract.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.refract.domain.audit.AuditRevision;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.catalog.Condition;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * Teams as administrators maintain them: create, rename, describe the focus, choose the catalogue conditions the
 * team covers, and manage membership with a team role. Only active clinicians can be members (administrators never
 * see clinical data), only users with the Chair role can chair a team, and no administrator adds themselves to a team.
 * Administrators only; audited (Envers), and every membership change is a security event.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TeamAdministrationService {

    private static final String CODE_PATTERN = "[a-z0-9-]{2,40}";
    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    @Inject
    TeamFinder teams;

    @Resource
    SessionContext session;

    @EJB
    SecurityEventService securityEvents;

    /** Every team with its conditions and member count, by name. */
    public List<TeamRow> teams() {
        return em.createNamedQuery("Team.all", Team.class)
                .getResultStream()
                .map(t -> new TeamRow(
                        t.getCode(),
                        t.getName(),
                        t.getConditionFocus(),
                        t.getConditions().stream().map(Condition::getName).toList(),
                        t.getMembers().size()))
                .toList();
    }

    public TeamDetail team(String code) {
        return detail(load(code));
    }

    /** Creates a team; the code can never change afterwards. */
    public TeamDetail create(String code, String name, String conditionFocus, Collection<String> conditionCodes) {
        FieldErrors errors = new FieldErrors();
        String cleanCode = code == null ? "" : code.strip();
        if (!cleanCode.matches(CODE_PATTERN)) {
            errors.add("code", "Use 2-40 lowercase letters, digits or hyphens, e.g. severe-asthma-north.");
        } else if (find(cleanCode) != null) {
            errors.add("code", "The team code " + cleanCode + " is taken.");
        }
        checkText("name", name, 120, "Enter the team's name.", errors);
        checkText("conditionFocus", conditionFocus, 200, "Describe the condition area the team reviews.", errors);
        List<Condition> conditions = conditions(conditionCodes, errors);
        errors.throwIfAny();
        Team team = new Team(cleanCode, name, conditionFocus);
        team.cover(conditions);
        em.persist(team);
        em.flush();
        return detail(team);
    }

    /** Changes name, focus and covered conditions, on the version the administrator saw. */
    public TeamDetail update(
            String code, long version, String name, String conditionFocus, Collection<String> conditionCodes) {
        Team team = load(code);
        checkVersion(team, version);
        FieldErrors errors = new FieldErrors();
        checkText("name", name, 120, "Enter the team's name.", errors);
        checkText("conditionFocus", conditionFocus, 200, "Describe the condition area the team reviews.", errors);
        List<Condition> conditions = conditions(conditionCodes, errors);
        errors.throwIfAny();
        team.rename(name);
        team.describeFocus(conditionFocus);
        team.cover(conditions);
        em.flush();
        return detail(team);
    }

    /** Adds a member with a team role, or changes the role of one already there. */
    public TeamDetail enrol(String code, String username, TeamRole teamRole) {
        Team team = load(code);
        FieldErrors errors = new FieldErrors();
        UserAccount user = username == null ? null : users.findUser(username).orElse(null);
        if (user == null) {
            errors.add("member", "Choose a user.");
        } else if (!user.isActive()) {
            errors.add("member", user.getDisplayName() + " is deactivated.");
        } else if (!user.hasRole(Role.CLINICIAN)) {
            errors.add("member", user.getDisplayName() + " is not a clinician; only clinicians review cases.");
        } else if (user.getUsername().equals(caller())
                && team.membershipOf(user).isEmpty()) {
            errors.add("member", "You cannot add yourself to a team: another administrator must.");
        }
        if (teamRole == null) {
            errors.add("teamRole", "Choose a team role.");
        } else if (teamRole == TeamRole.CHAIR && user != null && !user.hasRole(Role.CHAIR)) {
            errors.add("teamRole", "Give " + user.getDisplayName() + " the Chair role first.");
        }
        errors.throwIfAny();
        team.enrol(user, teamRole);
        securityEvents.record(
                SecurityEventKind.TEAM_CHANGE,
                user.getUsername(),
                caller(),
                null,
                "enrolled in " + team.getCode() + " as " + teamRole);
        em.flush();
        return detail(team);
    }

    /** Takes a member off the team; the cases they recorded stay with the team. */
    public TeamDetail remove(String code, String username) {
        Team team = load(code);
        if (!team.hasMember(username)) {
            throw InvalidRequestException.of("member", username + " is not a member of " + team.getName() + ".");
        }
        team.getMembers().stream()
                .filter(m -> m.getUser().getUsername().equals(username))
                .findFirst()
                .map(m -> m.getUser())
                .ifPresent(team::remove);
        securityEvents.record(
                SecurityEventKind.TEAM_CHANGE, username, caller(), null, "removed from " + team.getCode());
        em.flush();
        return detail(team);
    }

    /**
     * Active clinicians by name, with their current role in the team if they are members: whom the add-member picker
     * offers (choosing a member again changes their team role).
     */
    public List<TeamMemberRow> memberOptions(String code) {
        Team team = load(code);
        return em.createQuery(
                        "select distinct u from UserAccount u join u.roles r where r = :clinician"
                                + " and u.active = true order by u.displayName",
                        UserAccount.class)
                .setParameter("clinician", Role.CLINICIAN)
                .getResultStream()
                .map(u -> new TeamMemberRow(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getDiscipline(),
                        team.membershipOf(u).map(m -> m.getTeamRole()).orElse(null),
                        true))
                .toList();
    }

    private void checkVersion(Team team, long version) {
        if (team.getVersion() == version) {
            return;
        }
        AuditReader reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(Team.class, team.getId());
        AuditRevision last = revisions.isEmpty()
                ? null
                : reader.findRevision(AuditRevision.class, revisions.get(revisions.size() - 1));
        String by = last == null ? "someone" : last.getUsername();
        String at = last == null ? "" : " at " + SAVED_AT.format(last.getTimestamp());
        throw new ConflictException(
                "This team was changed by " + by + at + " after you opened it. Your input is "
                        + "kept: review their change, then save again.",
                by,
                last == null ? null : last.getTimestamp());
    }

    private List<Condition> conditions(Collection<String> codes, FieldErrors errors) {
        if (codes == null || codes.isEmpty()) {
            errors.add("conditions", "Choose at least one condition the team reviews.");
            return List.of();
        }
        List<Condition> found = em.createQuery("select c from Condition c where c.code in :codes", Condition.class)
                .setParameter("codes", codes)
                .getResultList();
        if (found.size() != codes.size()) {
            errors.add("conditions", "Unknown condition.");
        }
        return found;
    }

    private static void checkText(String field, String value, int maxLength, String missing, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, missing);
        } else if (value.strip().length() > maxLength) {
            errors.add(field, "Use at most " + maxLength + " characters.");
        }
    }

    private TeamDetail detail(Team team) {
        List<TeamMemberRow> members = team.getMembers().stream()
                .map(m -> new TeamMemberRow(
                        m.getUser().getUsername(),
                        m.getUser().getDisplayName(),
                        m.getUser().getDiscipline(),
                        m.getTeamRole(),
                        m.getUser().isActive()))
                .sorted(Comparator.comparing(TeamMemberRow::teamRole).thenComparing(TeamMemberRow::displayName))
                .toList();
        List<Condition> conditions = team.getConditions();
        return new TeamDetail(
                team.getCode(),
                team.getName(),
                team.getConditionFocus(),
                conditions.stream().map(Condition::getCode).toList(),
                conditions.stream().map(Condition::getName).toList(),
                team.getVersion(),
                members);
    }

    private Team load(String code) {
        Team team = find(code);
        if (team == null) {
            throw new NotFoundException("No team " + code + ".");
        }
        return team;
    }

    private Team find(String code) {
        if (code == null) {
            return null;
        }
        return teams.findTeam(code).orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
