package org.refract.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.shared.InvalidStateException;

class RoleGrantTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final UserAccount admin = new UserAccount("b.admin", "B Admin", null, "hash", EnumSet.of(Role.ADMIN));

    @Test
    void aClinicalRoleForAnAdministratorNeedsASecondAdministrator() {
        assertTrue(RoleGrant.needsSecondAdministrator(Set.of(Role.ADMIN), Set.of(Role.ADMIN, Role.CLINICIAN)));
        assertTrue(RoleGrant.needsSecondAdministrator(Set.of(Role.CLINICIAN), Set.of(Role.ADMIN, Role.CLINICIAN)));
        assertTrue(
                RoleGrant.needsSecondAdministrator(Set.of(Role.ADMIN, Role.CLINICIAN), Set.of(Role.ADMIN, Role.CHAIR)));
    }

    @Test
    void otherChangesDoNot() {
        assertFalse(RoleGrant.needsSecondAdministrator(Set.of(Role.CLINICIAN), Set.of(Role.CHAIR)));
        assertFalse(RoleGrant.needsSecondAdministrator(Set.of(Role.CLINICIAN), Set.of(Role.ADMIN)));
        assertFalse(RoleGrant.needsSecondAdministrator(
                Set.of(Role.ADMIN, Role.CHAIR, Role.CLINICIAN), Set.of(Role.ADMIN, Role.CLINICIAN)));
    }

    @Test
    void aSecondAdministratorApprovesAndTheRolesChange() {
        RoleGrant grant = new RoleGrant(admin, Set.of(Role.ADMIN, Role.CLINICIAN), "a.admin", NOW);
        assertEquals(Set.of(Role.ADMIN), admin.getRoles(), "nothing changes while pending");
        grant.approve("c.admin", NOW);
        assertEquals(Set.of(Role.ADMIN, Role.CLINICIAN), admin.getRoles());
        assertEquals(RoleGrant.Status.APPROVED, grant.getStatus());
        assertThrows(InvalidStateException.class, () -> grant.approve("d.admin", NOW), "decided once");
    }

    @Test
    void neitherTheOneWhoAskedNorTheAccountOwnerMayApprove() {
        RoleGrant grant = new RoleGrant(admin, Set.of(Role.ADMIN, Role.CLINICIAN), "a.admin", NOW);
        assertThrows(InvalidStateException.class, () -> grant.approve("a.admin", NOW));
        assertThrows(InvalidStateException.class, () -> grant.approve("b.admin", NOW));
        assertThrows(InvalidStateException.class, () -> grant.refuse("b.admin", NOW));
        assertEquals(Set.of(Role.ADMIN), admin.getRoles());
        grant.refuse("a.admin", NOW);
        assertEquals(RoleGrant.Status.REFUSED, grant.getStatus());
    }
}
