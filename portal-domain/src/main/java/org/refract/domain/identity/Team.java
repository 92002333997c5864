package org.refract.domain.identity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.refract.domain.review.QuorumRule;
import org.refract.domain.shared.BaseEntity;

/** A multidisciplinary team that reviews cases of one condition area. */
@Entity
@Table(name = "team")
@NamedQuery(name = "Team.byCode", query = "select t from Team t where t.code = :code")
@NamedQuery(name = "Team.all", query = "select t from Team t order by t.name")
@NamedQuery(name = "Team.ofUser",
        query = "select m.team from TeamMembership m where m.user.username = :username order by m.team.name")
public class Team extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    /** The condition area the team reviews, e.g. "Severe asthma". */
    @Column(name = "condition_focus", nullable = false, length = 200)
    private String conditionFocus;

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
        this.name = name;
        this.conditionFocus = conditionFocus;
    }

    /** Adds the user to the team, or changes their team role if they already belong to it. */
    public TeamMembership enrol(UserAccount user, TeamRole role) {
        Optional<TeamMembership> existing = membershipOf(user);
        if (existing.isPresent()) {
            existing.get().changeRole(role);
            return existing.get();
        }
        TeamMembership membership = new TeamMembership(this, user, role);
        members.add(membership);
        return membership;
    }

    public void remove(UserAccount user) {
        members.removeIf(m -> m.getUser().equals(user));
    }

    public Optional<TeamMembership> membershipOf(UserAccount user) {
        return members.stream().filter(m -> m.getUser().equals(user)).findFirst();
    }

    public boolean hasMember(String username) {
        return members.stream().anyMatch(m -> m.getUser().getUsername().equals(username));
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
