package org.refract.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.refract.domain.shared.BaseEntity;

/** One user's place in one team, with their role there. Audited (Envers). */
@Entity
@Audited
@Table(name = "team_member", uniqueConstraints = @UniqueConstraint(columnNames = {"team_id", "user_id"}))
@NamedQuery(
        name = "TeamMembership.ofUser",
        query = "select m from TeamMembership m join fetch m.team where m.user.username = :username"
                + " order by m.team.name")
public class TeamMembership extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id", nullable = false, updatable = false)
    private Team team;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 16)
    private TeamRole teamRole;

    protected TeamMembership() {
        // for JPA
    }

    TeamMembership(Team team, UserAccount user, TeamRole teamRole) {
        this.team = Objects.requireNonNull(team, "Team is required.");
        this.user = Objects.requireNonNull(user, "User is required.");
        this.teamRole = Objects.requireNonNull(teamRole, "Team role is required.");
    }

    void changeRole(TeamRole newRole) {
        this.teamRole = Objects.requireNonNull(newRole, "Team role is required.");
    }

    public Team getTeam() {
        return team;
    }

    public UserAccount getUser() {
        return user;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }
}
