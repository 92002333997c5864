package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.BrokenRule.assertBroken;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.TeamRole;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.api.ApiClient;
import org.refract.service.audit.SecurityEventQuery;
import org.refract.service.audit.SecurityEventRow;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.identity.AccountChange;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.PasswordChangeService;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserDetail;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;

/**
 * Administrators and clinical data (issue 14, finding 9): no administrator gives themselves a clinical role or a
 * team; a clinical role for an administrator account waits for a second administrator; every grant is a security
 * event. The same rules hold on the pages' service calls and on {@code PUT /api/users/{username}}.
 */
@ExtendWith(ArquillianExtension.class)
class AdministratorGrantsIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "refract-demo-2026";
    private static final String OWN_PASSWORD = "amber-kestrel-lantern";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    UserAdministrationService administration;

    @EJB
    TeamAdministrationService teams;

    @EJB
    PasswordChangeService passwords;

    @EJB
    SecurityEventService securityEvents;

    @Test
    void anAdministratorCannotGiveThemselvesAClinicalRoleOrATeam() throws Exception {
        String self = administrator("it.self");
        InvalidRequestException role = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        self,
                        () -> administration.update(
                                self,
                                administration.user(self).version(),
                                "Self",
                                null,
                                EnumSet.of(Role.ADMIN, Role.CLINICIAN))));
        assertEquals(Set.of("roles"), fields(role));

        HttpResponse<String> api = api(ADMIN).put("users/" + ADMIN, "{\"roles\": [\"ADMIN\", \"CHAIR\"]}");
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("\"roles\""), api.body());
        assertEquals(
                Set.of(Role.ADMIN),
                as.call(ADMIN, () -> administration.user(ADMIN)).roles());

        // Once a clinician through a second administrator, still not into a team on their own say.
        grantClinicalRole(self);
        InvalidRequestException team = assertThrows(
                InvalidRequestException.class,
                () -> as.call(self, () -> teams.enrol("respiratory", self, TeamRole.MEMBER)));
        assertEquals(Set.of("member"), fields(team));
        InvalidRequestException teamByApi = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        self,
                        () -> administration.apply(
                                self, new AccountChange(null, null, null, null, Set.of("respiratory")))));
        assertEquals(Set.of("teams"), fields(teamByApi));
    }

    @Test
    void aClinicalRoleForAnAdministratorWaitsForASecondAdministrator() throws Exception {
        String target = administrator("it.target");
        String second = administrator("it.second");

        UserDetail asked = as.call(
                ADMIN,
                () -> administration.apply(
                        target, new AccountChange(null, "Dr Target", null, EnumSet.of(Role.ADMIN, Role.CHAIR), null)));
        assertEquals(Set.of(Role.ADMIN), asked.roles(), "not applied yet");
        assertEquals("Dr Target", asked.displayName(), "the rest of the change is applied");
        assertNotNull(asked.pendingGrant());
        assertEquals(
                Set.of(Role.ADMIN, Role.CHAIR, Role.CLINICIAN),
                asked.pendingGrant().roles());

        assertBroken(() -> as.call(ADMIN, () -> administration.approveGrant(target)), "not the one who asked");
        assertBroken(() -> as.call(target, () -> administration.approveGrant(target)), "not the account's owner");

        UserDetail approved = as.call(second, () -> administration.approveGrant(target));
        assertEquals(Set.of(Role.ADMIN, Role.CHAIR, Role.CLINICIAN), approved.roles());
        assertNull(approved.pendingGrant());

        List<SecurityEventKind> kinds =
                events(target).stream().map(SecurityEventRow::kind).toList();
        assertTrue(
                kinds.containsAll(List.of(SecurityEventKind.GRANT_REQUESTED, SecurityEventKind.GRANT_APPROVED)),
                kinds::toString);
    }

    @Test
    void theAccountApiHoldsAGrantForASecondAdministratorToo() throws Exception {
        String target = administrator("it.apitarget");
        String second = administrator("it.apisecond");
        as.run(second, () -> passwords.changePassword(PASSWORD, OWN_PASSWORD, OWN_PASSWORD));

        HttpResponse<String> put = api(ADMIN).put("users/" + target, "{\"roles\": [\"ADMIN\", \"CLINICIAN\"]}");
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"pendingGrant\""), put.body());
        assertEquals(
                Set.of(Role.ADMIN),
                as.call(ADMIN, () -> administration.user(target)).roles());

        String page = "admin/users/edit.xhtml?username=" + target;
        String asker = PortalSession.logIn(PortalSession.portalOfThisServer(), ADMIN, PASSWORD)
                .get(page)
                .body();
        assertTrue(
                asker.contains("id=\"pending-grant\"") && asker.contains("Withdraw"), "the one who asked may withdraw");
        assertFalse(asker.contains("grant:approveGrant"), "but not approve");
        String other = PortalSession.logIn(PortalSession.portalOfThisServer(), second, OWN_PASSWORD)
                .get(page)
                .body();
        assertTrue(other.contains("grant:approveGrant"), "a second administrator may approve");

        assertEquals(
                400, api(ADMIN).post("users/" + target + "/grant/approval", "").statusCode(), "four eyes");
        HttpResponse<String> approved =
                ApiClient.as(portal(), second, OWN_PASSWORD).post("users/" + target + "/grant/approval", "");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(
                Set.of(Role.ADMIN, Role.CLINICIAN),
                as.call(ADMIN, () -> administration.user(target)).roles());
        assertEquals(
                404, api(ADMIN).post("users/" + target + "/grant/approval", "").statusCode(), "nothing waits");
    }

    @Test
    void theAdministratorWhoAskedMayWithdrawAGrantByTheApi() throws Exception {
        String target = administrator("it.withdrawn");
        assertEquals(
                200,
                api(ADMIN)
                        .put("users/" + target, "{\"roles\": [\"ADMIN\", \"CLINICIAN\"]}")
                        .statusCode());
        HttpResponse<String> withdrawn = api(ADMIN).send("DELETE", "users/" + target + "/grant", null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        UserDetail after = as.call(ADMIN, () -> administration.user(target));
        assertEquals(Set.of(Role.ADMIN), after.roles());
        assertNull(after.pendingGrant());
        assertTrue(events(target).stream().anyMatch(e -> e.kind() == SecurityEventKind.GRANT_REFUSED));
    }

    @Test
    void anyRoleOrTeamChangeIsASecurityEvent() throws Exception {
        String clinician = unique("it.granted");
        as.call(
                ADMIN,
                () -> administration.create(
                        new NewUser(clinician, "Probe", null, EnumSet.of(Role.CLINICIAN), "initial-password-123")));
        as.call(
                ADMIN,
                () -> administration.apply(
                        clinician,
                        new AccountChange(
                                null, null, null, EnumSet.of(Role.CLINICIAN, Role.CHAIR), Set.of("respiratory"))));
        List<SecurityEventRow> events = events(clinician);
        assertTrue(
                events.stream().anyMatch(e -> e.kind() == SecurityEventKind.ROLE_CHANGE && ADMIN.equals(e.actor())),
                events::toString);
        assertTrue(events.stream().anyMatch(e -> e.kind() == SecurityEventKind.TEAM_CHANGE), events::toString);
        assertTrue(events.stream().anyMatch(e -> e.kind() == SecurityEventKind.ACCOUNT_CHANGE), events::toString);
    }

    private void grantClinicalRole(String administrator) throws Exception {
        String second = administrator("it.approver");
        as.call(
                ADMIN,
                () -> administration.apply(
                        administrator,
                        new AccountChange(null, null, null, EnumSet.of(Role.ADMIN, Role.CLINICIAN), null)));
        as.call(second, () -> administration.approveGrant(administrator));
    }

    private String administrator(String prefix) throws Exception {
        String username = unique(prefix);
        as.call(
                ADMIN,
                () -> administration.create(
                        new NewUser(username, "Probe " + username, null, EnumSet.of(Role.ADMIN), PASSWORD)));
        return username;
    }

    private List<SecurityEventRow> events(String username) throws Exception {
        return as.call(ADMIN, () -> securityEvents.find(new SecurityEventQuery(null, username, null, null, 0, 200)))
                .rows();
    }

    private static ApiClient api(String username) throws Exception {
        return ApiClient.as(portal(), username, PASSWORD);
    }

    private static URL portal() throws Exception {
        return PortalSession.portalOfThisServer().toURL();
    }

    private static Set<String> fields(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
