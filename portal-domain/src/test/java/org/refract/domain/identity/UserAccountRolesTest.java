package org.refract.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountRolesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final UserAccount user =
            new UserAccount("r.test", "Dr Roles", Discipline.NEUROLOGIST, "hash", EnumSet.of(Role.CLINICIAN));

    @Test
    void aChairIsAlwaysAClinicianToo() {
        user.changeRoles(EnumSet.of(Role.CHAIR));
        assertEquals(Set.of(Role.CHAIR, Role.CLINICIAN), user.getRoles());
        assertEquals(Role.CHAIR, user.primaryRole());
    }

    @Test
    void rolesAreReplacedNotAdded() {
        user.changeRoles(EnumSet.of(Role.ADMIN));
        assertEquals(Set.of(Role.ADMIN), user.getRoles());
    }

    @Test
    void anAccountNeedsARole() {
        assertThrows(IllegalArgumentException.class, () -> user.changeRoles(EnumSet.noneOf(Role.class)));
        assertEquals(Set.of(Role.CLINICIAN), user.getRoles(), "a refused change leaves the roles alone");
    }

    @Test
    void aNewAccountMustChangeItsPasswordAndAChangeClearsThat() {
        assertFalse(user.isPasswordChangeRequired());
        user.requirePasswordChange(NOW);
        assertTrue(user.isPasswordChangeRequired());
        user.changePassword("new-hash");
        assertFalse(user.isPasswordChangeRequired());
    }

    @Test
    void aResetForcesAChange() {
        user.resetPassword("temporary-hash", NOW);
        assertTrue(user.isPasswordChangeRequired());
        assertEquals(0, user.getFailedLogins());
    }

    @Test
    void aTemporaryPasswordWorksForTwentyFourHoursAndTheUsersOwnForever() {
        assertFalse(user.isPasswordExpired(NOW.plus(Duration.ofDays(400))), "a password the user chose never expires");
        user.resetPassword("temporary-hash", NOW);
        assertFalse(user.isPasswordExpired(NOW.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(user.isPasswordExpired(NOW.plus(Duration.ofHours(24))));
        user.changePassword("own-hash");
        assertFalse(user.isPasswordExpired(NOW.plus(Duration.ofDays(400))));
    }

    @Test
    void aNewAccountsInitialPasswordExpiresToo() {
        user.requirePasswordChange(NOW);
        assertTrue(user.isPasswordExpired(NOW.plus(Duration.ofHours(25))));
    }
}
