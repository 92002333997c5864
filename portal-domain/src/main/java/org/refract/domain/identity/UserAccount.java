package org.refract.domain.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.refract.domain.shared.BaseEntity;

/**
 * A person who logs in to the portal. Holds the password hash (never the password), the roles, the count of failed
 * logins since the last success, and the security stamp that ends live sessions when access changes.
 * <p>
 * Audited (Envers) for what an administrator changes: name, discipline, roles, active, and whether a password change
 * is pending (a reset shows as that flag turning on). The password hash and the login bookkeeping are neither
 * audited nor part of the optimistic lock, so a login never makes an administrator's edit look stale.
 */
@Entity
@Audited
@Table(name = "app_user")
@NamedQuery(
        name = "UserAccount.byUsername",
        query = "select u from UserAccount u left join fetch u.roles where lower(u.username) = lower(:username)")
@NamedQuery(
        name = "UserAccount.securityStamp",
        query = "select u.securityStamp from UserAccount u where u.username = :username and u.active = true")
@NamedQuery(
        name = "UserAccount.countFailedLogin",
        query = "update UserAccount u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
@NamedQuery(
        name = "UserAccount.clearFailedLogins",
        query = "update UserAccount u set u.failedLogins = 0 where u.username = :username")
@NamedQuery(
        name = "UserAccount.countActiveWithRole",
        query = "select count(u) from UserAccount u join u.roles r where r = :role and u.active = true")
@NamedQuery(name = "UserAccount.all", query = "select u from UserAccount u order by u.displayName")
public class UserAccount extends BaseEntity {

    /** How long a password set by an administrator works before the user has replaced it. */
    public static final Duration TEMPORARY_PASSWORD_LIFETIME = Duration.ofHours(24);

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Discipline discipline;

    @Column(nullable = false)
    private boolean active = true;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /**
     * Changes whenever what a live session was granted stops being true (deactivation, roles, teams, password) or
     * the user signs out everywhere. A session remembers the stamp it was opened with and ends once it differs.
     */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /**
     * Until when a password set by someone else (a new account's, a reset's) may be used: such a password travels by
     * hand or by phone, so it works for {@link #TEMPORARY_PASSWORD_LIFETIME} only. Null once the user chose their own.
     */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(
            String username, String displayName, Discipline discipline, String passwordHash, Set<Role> roles) {
        this.username = requireText(username, "Username is required.").toLowerCase();
        this.displayName = requireText(displayName, "Display name is required.");
        this.discipline = discipline;
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (this.roles.contains(Role.CHAIR)) {
            this.roles.add(Role.CLINICIAN);
        }
    }

    /**
     * A successful login: the failure count restarts. (Failures themselves are counted by an atomic update in the
     * database, never by reading and writing this entity, so that parallel attempts lose no count.)
     */
    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lastLoginAt = now;
    }

    /**
     * Replaces the roles. An account needs at least one role, and a chair is always a clinician as well.
     */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("At least one role is required.");
        }
        EnumSet<Role> changed = EnumSet.copyOf(newRoles);
        if (changed.contains(Role.CHAIR)) {
            changed.add(Role.CLINICIAN);
        }
        if (changed.equals(roles)) {
            return;
        }
        endSessions();
        roles.clear();
        roles.addAll(changed);
    }

    /**
     * The password was set by someone else (a new account): the user must choose their own at the next login, within
     * {@link #TEMPORARY_PASSWORD_LIFETIME} of {@code now}.
     */
    public void requirePasswordChange(Instant now) {
        this.passwordChangeRequired = true;
        this.passwordExpiresAt = now.plus(TEMPORARY_PASSWORD_LIFETIME);
    }

    /** The user chose a new password: every session opened with the old one ends (the caller renews its own). */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "Password hash is required.");
        this.passwordChangeRequired = false;
        this.passwordExpiresAt = null;
        endSessions();
    }

    /** Replaces the hash with a stronger one of the same password (more iterations). */
    public void upgradePasswordHash(String strongerHash) {
        this.passwordHash = Objects.requireNonNull(strongerHash, "Password hash is required.");
    }

    /**
     * An administrator set a temporary password: the user must choose a new one at the next login, within
     * {@link #TEMPORARY_PASSWORD_LIFETIME} of {@code now}.
     */
    public void resetPassword(String temporaryPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(temporaryPasswordHash, "Password hash is required.");
        requirePasswordChange(now);
        failedLogins = 0;
        endSessions();
    }

    /** The account can no longer log in, and its live sessions end at their next request. */
    public void deactivate() {
        this.active = false;
        endSessions();
    }

    /**
     * Ends every live session of this account at its next request (the API has no sessions: it checks the account
     * on every request anyway). Called by every change that takes access away, and by "sign out everywhere".
     */
    public void endSessions() {
        securityStamp++;
    }

    public void activate() {
        this.active = true;
    }

    public void rename(String newDisplayName) {
        this.displayName = requireText(newDisplayName, "Display name is required.");
    }

    public void changeDiscipline(Discipline newDiscipline) {
        this.discipline = newDiscipline;
    }

    /** Whether the password is a temporary one whose time is over: it no longer opens the account. */
    public boolean isPasswordExpired(Instant now) {
        return passwordExpiresAt != null && !now.isBefore(passwordExpiresAt);
    }

    public Instant getPasswordExpiresAt() {
        return passwordExpiresAt;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The highest role, for display: administrator, then chair, then clinician. */
    public Role primaryRole() {
        if (roles.contains(Role.ADMIN)) {
            return Role.ADMIN;
        }
        return roles.contains(Role.CHAIR) ? Role.CHAIR : Role.CLINICIAN;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public boolean isActive() {
        return active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** What a session remembers at login and compares on every request; see {@link #endSessions()}. */
    public long getSecurityStamp() {
        return securityStamp;
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }
}
