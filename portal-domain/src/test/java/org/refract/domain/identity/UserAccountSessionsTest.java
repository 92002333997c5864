package org.refract.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Every change that takes access away changes the security stamp, so the sessions opened before it end. */
class UserAccountSessionsTest {

    private final UserAccount user =
            new UserAccount("s.test", "Dr Sessions", Discipline.NEUROLOGIST, "hash", EnumSet.of(Role.CLINICIAN));
    private final long before = user.getSecurityStamp();

    @Test
    void deactivationEndsSessions() {
        user.deactivate();
        assertNotEquals(before, user.getSecurityStamp());
    }

    @Test
    void aRoleChangeEndsSessionsButTheSameRolesDoNot() {
        user.changeRoles(EnumSet.of(Role.CLINICIAN));
        assertEquals(before, user.getSecurityStamp(), "nothing changed");
        user.changeRoles(EnumSet.of(Role.CHAIR));
        assertNotEquals(before, user.getSecurityStamp());
    }

    @Test
    void aNewOrResetPasswordEndsSessions() {
        user.changePassword("new-hash");
        long afterChange = user.getSecurityStamp();
        assertNotEquals(before, afterChange);
        user.resetPassword("temporary-hash", Instant.EPOCH);
        assertNotEquals(afterChange, user.getSecurityStamp());
    }

    @Test
    void aStrongerHashOfTheSamePasswordKeepsSessions() {
        user.upgradePasswordHash("stronger-hash");
        assertEquals(before, user.getSecurityStamp());
    }

    @Test
    void joiningLeavingOrChangingRoleInATeamEndsSessions() {
        Team team = new Team("sessions", "Sessions team", "Testing");
        team.enrol(user, TeamRole.MEMBER);
        long joined = user.getSecurityStamp();
        assertNotEquals(before, joined);
        team.enrol(user, TeamRole.MEMBER);
        assertEquals(joined, user.getSecurityStamp(), "the same role again changes nothing");
        team.remove(user);
        assertNotEquals(joined, user.getSecurityStamp());
    }
}
