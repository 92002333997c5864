package org.refract.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * Whether a person also wants their notifications by e-mail, and where. Without one (the default) notifications stay
 * in the portal.
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
        this.email = address;
        this.emailEnabled = enabled;
    }

    /** The address to send to, when e-mail is switched on. */
    public Optional<String> deliveryAddress() {
        return emailEnabled ? Optional.ofNullable(email) : Optional.empty();
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
