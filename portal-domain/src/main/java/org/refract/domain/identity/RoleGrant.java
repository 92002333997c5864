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
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * A change of roles that gives an administrator account clinical access, waiting for a second administrator (four
 * eyes): administrators never see clinical data, so one administrator alone must not be able to make an account that
 * both manages people and reads cases. Neither the administrator who asked nor the account's owner may decide. Not
 * audited by Envers: the grant is its own record (who asked, who decided, when), and each step is a security event.
 */
@Entity
@Table(name = "role_grant")
@NamedQuery(
        name = "RoleGrant.pendingOf",
        query = "select g from RoleGrant g where g.account.username = :username and g.status = 'PENDING'")
@NamedQuery(
        name = "RoleGrant.pending",
        query = "select g from RoleGrant g join fetch g.account where g.status = 'PENDING' order by g.requestedAt")
public class RoleGrant extends BaseEntity {

    /** Where a grant stands. */
    public enum Status {
        PENDING,
        APPROVED,
        REFUSED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount account;

    /** The complete set of roles the account is to have, as names joined by commas. */
    @Column(nullable = false, length = 64, updatable = false)
    private String roles;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RoleGrant() {
        // for JPA
    }

    public RoleGrant(UserAccount account, Set<Role> roles, String requestedBy, Instant now) {
        this.account = Objects.requireNonNull(account, "The account is required.");
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "At least one role is required.");
        }
        EnumSet<Role> granted = EnumSet.copyOf(roles);
        if (granted.contains(Role.CHAIR)) {
            granted.add(Role.CLINICIAN); // as UserAccount.changeRoles will: a chair is always a clinician
        }
        this.roles = granted.stream().map(Role::name).collect(Collectors.joining(","));
        this.requestedBy = Objects.requireNonNull(requestedBy, "Who asked is required.");
        this.requestedAt = Objects.requireNonNull(now, "The time is required.");
    }

    /**
     * Whether replacing {@code before} by {@code after} needs a second administrator: the account is (or becomes) an
     * administrator and gains a clinical role it did not hold as one.
     */
    public static boolean needsSecondAdministrator(Set<Role> before, Set<Role> after) {
        if (!after.contains(Role.ADMIN)) {
            return false;
        }
        EnumSet<Role> clinical = clinical(after);
        if (clinical.isEmpty()) {
            return false;
        }
        return !before.contains(Role.ADMIN) || !clinical(before).containsAll(clinical);
    }

    private static EnumSet<Role> clinical(Set<Role> roles) {
        EnumSet<Role> clinical = EnumSet.noneOf(Role.class);
        roles.stream().filter(role -> role != Role.ADMIN).forEach(clinical::add);
        if (clinical.contains(Role.CHAIR)) {
            clinical.add(Role.CLINICIAN);
        }
        return clinical;
    }

    /** A second administrator approves: the account gets the roles (and its sessions end, as for any role change). */
    public void approve(String administrator, Instant now) {
        decide(administrator, now, Status.APPROVED);
        account.changeRoles(getRoles());
    }

    /** An administrator refuses the grant, or the one who asked withdraws it; the roles stay as they are. */
    public void refuse(String administrator, Instant now) {
        if (isPending() && Objects.equals(administrator, account.getUsername())) {
            throw new InvalidStateException("An administrator cannot decide on a grant to their own account.");
        }
        requirePending();
        this.status = Status.REFUSED;
        this.decidedBy = administrator;
        this.decidedAt = Objects.requireNonNull(now, "The time is required.");
    }

    private void decide(String administrator, Instant now, Status outcome) {
        requirePending();
        if (Objects.equals(administrator, requestedBy)) {
            throw new InvalidStateException("A second administrator must approve: you asked for this grant.");
        }
        if (Objects.equals(administrator, account.getUsername())) {
            throw new InvalidStateException("An administrator cannot decide on a grant to their own account.");
        }
        this.status = outcome;
        this.decidedBy = administrator;
        this.decidedAt = Objects.requireNonNull(now, "The time is required.");
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new InvalidStateException("This grant was already decided.");
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Set<Role> getRoles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
