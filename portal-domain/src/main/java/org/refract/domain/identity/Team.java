package org.refract.domain.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.catalog.Condition;
import org.refract.domain.shared.BaseEntity;

/**
 * A multidisciplinary team that reviews cases of one condition area: a free-text focus for people ("Severe asthma")
 * and the catalogue conditions it covers, for code. The code never changes; cases and meetings refer to the team.
 * Audited (Envers), as are its memberships. Kept in the second-level cache, as the catalogue is: the worklist reads a
 * team's code and name from there rather than joining the table on every page (issue 16).
 */
@Entity
@Audited
@Cacheable
@Table(name = "team")
@NamedQuery(name = "Team.byCode", query = "select t from Team t where t.code = :code")
@NamedQuery(name = "Team.all", query = "select t from Team t order by t.name")
@NamedQuery(
        name = "Team.ofUser",
        query = "select m.team from TeamMembership m where m.user.username = :username order by m.team.name")
public class Team extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    /** The condition area the team reviews, e.g. "Severe asthma". */
    @Column(name = "condition_focus", nullable = false, length = 200)
    private String conditionFocus;

    /** The catalogue conditions whose cases the team reviews. */
    @ManyToMany
    @JoinTable(
            name = "team_condition",
            joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Condition> conditions = new HashSet<>();

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("teamRole, id")
    private List<TeamMembership> members = new ArrayList<>();

    // --- team review: quorum rule
    @Embedded
    private QuorumRule quorumRule = QuorumRule.defaultRule();

    protected Team() {
        // for JPA
    }

    public Team(String code, String name, String conditionFocus) {
        if (code == null || !code.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("Team code must be 2-40 lowercase letters, digits or hyphens.");
        }
        this.code = code;
        this.name = requireText(name, "Team name is required.", 120);
        this.conditionFocus = requireText(conditionFocus, "Condition focus is required.", 200);
    }

    public void rename(String newName) {
        this.name = requireText(newName, "Team name is required.", 120);
    }

    public void describeFocus(String newFocus) {
        this.conditionFocus = requireText(newFocus, "Condition focus is required.", 200);
    }

    /** Replaces the catalogue conditions the team covers. */
    public void cover(Collection<Condition> newConditions) {
        conditions.clear();
        conditions.addAll(newConditions);
    }

    /** The conditions covered, in catalogue order. */
    public List<Condition> getConditions() {
        return conditions.stream()
                .sorted(Comparator.comparingInt(Condition::getDisplayOrder).thenComparing(Condition::getName))
                .toList();
    }

    public boolean covers(String conditionCode) {
        return conditions.stream().anyMatch(c -> c.getCode().equals(conditionCode));
    }

    private static String requireText(String value, String message, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("Use at most " + maxLength + " characters.");
        }
        return text;
    }

    /** Adds the user to the team, or changes their team role there; either ends the user's live sessions. */
    public TeamMembership enrol(UserAccount user, TeamRole role) {
        Optional<TeamMembership> existing = membershipOf(user);
        if (existing.isPresent()) {
            if (existing.get().getTeamRole() != role) {
                existing.get().changeRole(role);
                user.endSessions();
            }
            return existing.get();
        }
        user.endSessions();
        TeamMembership membership = new TeamMembership(this, user, role);
        members.add(membership);
        return membership;
    }

    /** Takes the user off the team; their live sessions end, so nothing opened as a member stays open. */
    public void remove(UserAccount user) {
        if (members.removeIf(m -> m.getUser().equals(user))) {
            user.endSessions();
        }
    }

    public Optional<TeamMembership> membershipOf(UserAccount user) {
        return members.stream().filter(m -> m.getUser().equals(user)).findFirst();
    }

    public boolean hasMember(String username) {
        return members.stream().anyMatch(m -> m.getUser().getUsername().equals(username));
    }

    /**
     * The members' user names, in order of enrolment. Walks the memberships to the accounts: a service that has only
     * a case's id reads the names in one query instead.
     */
    public List<String> memberUsernames() {
        return members.stream().map(m -> m.getUser().getUsername()).toList();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getConditionFocus() {
        return conditionFocus;
    }

    /** When the team's meetings may decide (head count and disciplines represented). */
    public QuorumRule getQuorumRule() {
        return quorumRule == null ? QuorumRule.defaultRule() : quorumRule;
    }

    public void changeQuorumRule(QuorumRule newRule) {
        this.quorumRule = java.util.Objects.requireNonNull(newRule, "The quorum rule is required.");
    }

    public List<TeamMembership> getMembers() {
        return Collections.unmodifiableList(members);
    }
}
