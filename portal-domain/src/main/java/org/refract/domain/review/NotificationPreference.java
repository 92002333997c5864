package org.refract.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * Whether a person also wants their notifications by e-mail, and where. Without one (the default) notifications stay
 * in the portal. An address receives notifications only once its owner has followed the link sent to it, within
 * {@link #VERIFICATION_VALID} of its sending: nobody can have someone else's mailbox sent a case's news.
 */
@Entity
@Table(name = "notification_preference")
@NamedQuery(
        name = "NotificationPreference.ofUser",
        query = "select p from NotificationPreference p where p.user.username = :username")
public class NotificationPreference extends BaseEntity {

    static final int EMAIL_MAX = 254;

    /** Deliberately loose: one @, no spaces, a dot in the domain. The mail server has the last word. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true, updatable = false)
    private UserAccount user;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled;

    /** How long the link of a verification mail works. */
    public static final Duration VERIFICATION_VALID = Duration.ofHours(24);

    @Column(name = "verified_email", length = EMAIL_MAX)
    private String verifiedEmail;

    @Column(name = "verification_token", length = 64)
    private String verificationToken;

    @Column(name = "verification_sent_at")
    private Instant verificationSentAt;

    protected NotificationPreference() {
        // for JPA
    }

    public NotificationPreference(UserAccount user) {
        this.user = Objects.requireNonNull(user, "The user is required.");
    }

    /**
     * Sets the address and whether to send to it.
     *
     * @throws InvalidInputException on "email" when it is not an address, or missing while e-mail is switched on
     */
    public void change(String newEmail, boolean enabled) {
        String address = ReviewTexts.optional(newEmail, EMAIL_MAX, "email");
        if (address != null && !ADDRESS.matcher(address).matches()) {
            throw new InvalidInputException("email", "This is not an e-mail address.");
        }
        if (enabled && address == null) {
            throw new InvalidInputException("email", "Give the address to send notifications to.");
        }
        if (!Objects.equals(address, email)) {
            verifiedEmail = null; // a changed address is proved again, also one that was verified before
            verificationToken = null;
        }
        this.email = address;
        this.emailEnabled = enabled;
    }

    /** The address to send to: when e-mail is switched on and its owner has verified the address. */
    public Optional<String> deliveryAddress() {
        return emailEnabled && isEmailVerified() ? Optional.of(email) : Optional.empty();
    }

    /** Whether the current address is one its owner has proved to read. */
    public boolean isEmailVerified() {
        return email != null && email.equals(verifiedEmail);
    }

    /** Whether the address still has to be proved: a new address, not yet verified. */
    public boolean needsVerification() {
        return email != null && !isEmailVerified();
    }

    /** A verification mail with {@code token} is on its way to the current address; an earlier link stops working. */
    public void startVerification(String token, Instant now) {
        if (!needsVerification()) {
            throw new IllegalStateException("There is no address to verify.");
        }
        this.verificationToken = Objects.requireNonNull(token, "The token is required.");
        this.verificationSentAt = Objects.requireNonNull(now, "The time is required.");
    }

    /**
     * The owner followed the link: the address is verified when {@code token} is the one last sent to it and the
     * link has not expired.
     *
     * @return whether the address is now verified
     */
    public boolean verify(String token, Instant now) {
        boolean valid = verificationToken != null
                && MessageDigest.isEqual(
                        verificationToken.getBytes(StandardCharsets.UTF_8),
                        String.valueOf(token).getBytes(StandardCharsets.UTF_8))
                && now.isBefore(verificationSentAt.plus(VERIFICATION_VALID));
        if (valid) {
            verifiedEmail = email;
            verificationToken = null;
        }
        return valid;
    }

    public UserAccount getUser() {
        return user;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }
}
