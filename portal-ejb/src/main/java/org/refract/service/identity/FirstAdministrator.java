package org.refract.service.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.PasswordPolicy;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.service.platform.JobRuns;

/**
 * The first administrator of an install without the demo: at start, when {@code REFRACT_BOOTSTRAP_ADMIN} (or
 * {@code -Drefract.bootstrap.admin}) names a username and no active administrator exists, creates that account with
 * the ADMIN role and a password it must change at its first login (no other page opens until then). The password is
 * {@code REFRACT_BOOTSTRAP_ADMIN_PASSWORD} (or {@code -Drefract.bootstrap.admin-password}) when given, otherwise a
 * one-time password printed once to the server log. Once an active administrator exists the setting does nothing,
 * so leaving it in place after the first start cannot create a second account or reset one. The servers of a
 * cluster all start with the setting: the creation is claimed ({@link JobRuns}), so one of them creates the account.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstAdministrator {

    static final String USERNAME_VARIABLE = "REFRACT_BOOTSTRAP_ADMIN";
    static final String PASSWORD_VARIABLE = "REFRACT_BOOTSTRAP_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @EJB
    JobRuns jobRuns;

    @PostConstruct
    void bootstrapFromTheEnvironment() {
        setting(USERNAME_VARIABLE, "refract.bootstrap.admin")
                .ifPresent(username -> createIfNoneActive(
                                username,
                                setting(PASSWORD_VARIABLE, "refract.bootstrap.admin-password")
                                        .orElse(null))
                        .ifPresent(issued -> LOG.warnf(
                                "First administrator '%s' created; it must choose its own password at the first login.%s",
                                issued.username(),
                                issued.oneTimePassword() == null
                                        ? ""
                                        : " One-time password: " + issued.oneTimePassword() + " (shown once; remove "
                                                + USERNAME_VARIABLE + " from the environment)")));
    }

    /**
     * Creates the administrator {@code username} when the portal has no active administrator; anyone may ask, because
     * the answer is nothing once one exists. The account must change its password at the first login.
     *
     * @param username the new administrator's login name
     * @param password the initial password, or null for a generated one-time password
     * @return the account and its one-time password (null when one was given), or empty when nothing was created
     */
    @PermitAll
    public Optional<IssuedPassword> createIfNoneActive(String username, String password) {
        if (em.createNamedQuery("UserAccount.countActiveWithRole", Long.class)
                        .setParameter("role", Role.ADMIN)
                        .getSingleResult()
                > 0) {
            LOG.info("A first administrator was asked for, but an active administrator exists: nothing created");
            return Optional.empty();
        }
        String name = username.strip().toLowerCase();
        Optional<String> refusal = refusal(name, password);
        if (refusal.isPresent()) {
            LOG.errorf("No first administrator created: %s", refusal.get());
            return Optional.empty();
        }
        if (!jobRuns.claim("first-administrator", name, LocalDate.now(clock))) {
            LOG.info("Another server is creating the first administrator: nothing created here");
            return Optional.empty();
        }
        boolean generated = password == null || password.isEmpty();
        String initial = generated ? OneTimePasswords.generate(name) : password;
        UserAccount admin = new UserAccount(
                name,
                "Administrator",
                Discipline.INFORMATICIAN,
                new PasswordHasher().hash(initial),
                EnumSet.of(Role.ADMIN));
        admin.requirePasswordChange(clock.instant());
        em.persist(admin);
        return Optional.of(new IssuedPassword(name, generated ? initial : null));
    }

    private Optional<String> refusal(String username, String password) {
        if (!username.matches(UserAdministrationService.USERNAME_PATTERN)) {
            return Optional.of("'" + username + "' is not a username (3-64 lowercase letters, digits, . _ -)");
        }
        if (!em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty()) {
            return Optional.of("the username " + username + " is taken; name a new account");
        }
        if (password != null && !password.isEmpty()) {
            return PasswordPolicy.violation(password, username).map(m -> "the password given: " + m);
        }
        return Optional.empty();
    }

    private static Optional<String> setting(String variable, String property) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
