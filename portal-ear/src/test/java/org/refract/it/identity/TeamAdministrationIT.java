package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.TeamRole;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.identity.TeamDetail;
import org.refract.service.identity.TeamMemberRow;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;

/**
 * Team administration against the real server: validated teams covering catalogue conditions, membership with a
 * team role (only active clinicians; only chairs chair), stale edits naming who saved first, an audit trail, and
 * clinicians refused every call.
 */
@ExtendWith(ArquillianExtension.class)
class TeamAdministrationIT {

    private static final String ADMIN = "admin";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    TeamAdministrationService teams;

    @EJB
    UserAdministrationService users;

    @PersistenceContext
    EntityManager em;

    @Test
    void theDemoTeamsCoverTheirConditions() throws Exception {
        assertEquals(
                List.of("severe-asthma"),
                as.call(ADMIN, () -> teams.team("respiratory")).conditionCodes());
        assertEquals(
                List.of("haemophilia-a", "haemophilia-b"),
                as.call(ADMIN, () -> teams.team("haemophilia")).conditionCodes());
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> as.call(ADMIN, () -> teams.create("Bad Code", " ", "", List.of())));
        assertEquals(Set.of("code", "name", "conditionFocus", "conditions"), fields(refused));
        InvalidRequestException taken = assertThrows(
                InvalidRequestException.class,
                () -> as.call(ADMIN, () -> teams.create("respiratory", "Again", "Asthma", List.of("severe-asthma"))));
        assertEquals(Set.of("code"), fields(taken));
        InvalidRequestException unknown = assertThrows(
                InvalidRequestException.class,
                () -> as.call(ADMIN, () -> teams.create(unique("it-team"), "T", "F", List.of("no-such-condition"))));
        assertEquals(Set.of("conditions"), fields(unknown));
    }

    @Test
    void membersJoinWithATeamRoleChangeItAndLeave() throws Exception {
        String code = unique("it-team");
        String clinician = user("it.member", Role.CLINICIAN);
        String chair = user("it.chair", Role.CHAIR);
        String admin = user("it.admin", Role.ADMIN);
        TeamDetail team =
                as.call(ADMIN, () -> teams.create(code, "Test MDT", "Severe asthma, north", List.of("severe-asthma")));
        assertEquals(List.of("severe-asthma"), team.conditionCodes());

        as.call(ADMIN, () -> teams.enrol(code, clinician, TeamRole.MEMBER));
        team = as.call(ADMIN, () -> teams.enrol(code, chair, TeamRole.CHAIR));
        assertEquals(
                List.of(TeamRole.CHAIR, TeamRole.MEMBER),
                team.members().stream().map(TeamMemberRow::teamRole).toList(),
                "chairs first");

        InvalidRequestException notAChair = assertThrows(
                InvalidRequestException.class,
                () -> as.call(ADMIN, () -> teams.enrol(code, clinician, TeamRole.CHAIR)));
        assertEquals(Set.of("teamRole"), fields(notAChair));
        InvalidRequestException notAClinician = assertThrows(
                InvalidRequestException.class, () -> as.call(ADMIN, () -> teams.enrol(code, admin, TeamRole.MEMBER)));
        assertEquals(Set.of("member"), fields(notAClinician));
        as.call(ADMIN, () -> users.deactivate(clinician));
        String leaver = user("it.leaver", Role.CLINICIAN);
        as.call(ADMIN, () -> users.deactivate(leaver));
        assertThrows(
                InvalidRequestException.class,
                () -> as.call(ADMIN, () -> teams.enrol(code, leaver, TeamRole.MEMBER)),
                "a deactivated user cannot join");
        as.call(ADMIN, () -> users.reactivate(clinician));

        team = as.call(ADMIN, () -> teams.enrol(code, clinician, TeamRole.COORDINATOR));
        assertEquals(2, team.members().size(), "enrolling a member again changes the role");
        assertEquals(TeamRole.COORDINATOR, role(team, clinician));
        assertEquals(Set.of(code), teamCodesOf(clinician));

        team = as.call(ADMIN, () -> teams.remove(code, clinician));
        assertEquals(
                List.of(chair),
                team.members().stream().map(TeamMemberRow::username).toList());
        assertThrows(InvalidRequestException.class, () -> as.call(ADMIN, () -> teams.remove(code, clinician)));

        Number audited = (Number) em.createNativeQuery(
                        "select count(*) from team_member_aud a join team t" + " on t.id = a.team_id where t.code = ?1")
                .setParameter(1, code)
                .getSingleResult();
        assertTrue(audited.intValue() >= 4, "joins, role change and removal are audited: " + audited);
    }

    @Test
    void aStaleEditNamesWhoSavedFirst() throws Exception {
        String code = unique("it-team");
        String otherAdmin = user("it.admin", Role.ADMIN);
        long seen = as.call(ADMIN, () -> teams.create(code, "Before", "Epilepsy", List.of("epilepsy")))
                .version();
        TeamDetail first = as.call(
                otherAdmin,
                () -> teams.update(code, seen, "First", "Epilepsy, adults", List.of("epilepsy", "myasthenia-gravis")));
        assertEquals(List.of("myasthenia-gravis", "epilepsy"), first.conditionCodes(), "in catalogue order");
        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> as.call(ADMIN, () -> teams.update(code, seen, "Second", "Epilepsy", List.of("epilepsy"))));
        assertEquals(otherAdmin, conflict.getSavedBy());
        assertEquals("First", as.call(ADMIN, () -> teams.team(code)).name());
    }

    @Test
    void aClinicianIsRefusedEveryTeamAdministrationCall() {
        String clinician = "resp.pulm";
        List<Executable> calls = List.of(
                () -> as.call(clinician, () -> teams.teams()),
                () -> as.call(clinician, () -> teams.team("respiratory")),
                () -> as.call(clinician, () -> teams.create(unique("it-team"), "X", "X", List.of("epilepsy"))),
                () -> as.call(clinician, () -> teams.update("respiratory", 0, "X", "X", List.of("epilepsy"))),
                () -> as.call(clinician, () -> teams.enrol("respiratory", clinician, TeamRole.CHAIR)),
                () -> as.call(clinician, () -> teams.remove("respiratory", "resp.chair")),
                () -> as.call(clinician, () -> teams.memberOptions("respiratory")));
        for (Executable call : calls) {
            assertThrows(EJBAccessException.class, call);
        }
    }

    private Set<String> teamCodesOf(String username) {
        return em.createQuery("select m.team.code from TeamMembership m where m.user.username = :u", String.class)
                .setParameter("u", username)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    private static TeamRole role(TeamDetail team, String username) {
        return team.members().stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow()
                .teamRole();
    }

    private String user(String prefix, Role role) throws Exception {
        String username = unique(prefix);
        as.call(
                ADMIN,
                () -> users.create(new NewUser(
                        username,
                        "Probe " + username,
                        Discipline.PHARMACIST,
                        EnumSet.of(role),
                        "initial-password-123")));
        return username;
    }

    private static Set<String> fields(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
