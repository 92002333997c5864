package org.refract.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountRolesTest {

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
        user.requirePasswordChange();
        assertTrue(user.isPasswordChangeRequired());
        user.changePassword("new-hash");
        assertFalse(user.isPasswordChangeRequired());
    }

    @Test
    void aResetForcesAChange() {
        user.resetPassword("temporary-hash");
        assertTrue(user.isPasswordChangeRequired());
        assertEquals(0, user.getFailedLogins());
    }
}
