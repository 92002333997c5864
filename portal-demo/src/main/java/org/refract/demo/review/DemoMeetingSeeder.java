package org.refract.demo.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.ActionDraft;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.RecommendationContent;
import org.refract.domain.review.RecommendationDecision;
import org.refract.domain.review.TherapyProposal;
import org.refract.domain.review.VoteChoice;

/**
 * The demo teams' meetings, through the domain's own rules (quorum, the chair's sign-off, carry-over):
 * <ul>
 * <li>the severe-asthma MDT of two weeks ago, told in full: P-1003 discussed with two proposals and votes, minutes,
 * a recommendation with action items signed by the chair; P-1001 not reached ("listed, not discussed");</li>
 * <li>last week's meeting of each team, at which the cases the demo shows as decided got their signed
 * recommendation (so their outcome letters download);</li>
 * <li>next week's meeting of each team: the case carried over first, then the team's other ready cases.</li>
 * </ul>
 */
@Dependent
public class DemoMeetingSeeder {

    private static final Logger LOG = Logger.getLogger(DemoMeetingSeeder.class);

    /** A case the demo wants decided: it waits in "Ready for review" until last week's meeting signs it. */
    public record Decided(ClinicalCase clinicalCase, CaseStatus target) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoFinder find;

    @Inject
    DemoSignOff signOff;

    public void seed(List<Decided> decided, Instant now, LocalDate today) {
        Meeting showcase = showcaseMeeting(today);
        Map<Team, List<Decided>> byTeam = new LinkedHashMap<>();
        decided.forEach(d -> byTeam.computeIfAbsent(d.clinicalCase().getTeam(), t -> new ArrayList<>())
                .add(d));
        LocalDate lastWeek = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate nextWeek = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        int signed = 1;
        for (Team team :
                em.createQuery("select t from Team t order by t.id", Team.class).getResultList()) {
            List<Decided> cases = byTeam.getOrDefault(team, List.of());
            if (!cases.isEmpty()) {
                signed += pastMeeting(team, cases, lastWeek.atTime(LocalTime.of(14, 0)), now, today);
            }
            upcomingMeeting(
                    team, nextWeek.atTime(LocalTime.of(14, 0)), now, team.equals(showcase.getTeam()) ? showcase : null);
        }
        em.flush();
        LOG.infof(
                "Demo meetings created: %d signed recommendations at past meetings, next week's with agendas", signed);
    }

    // --- the severe-asthma MDT of two weeks ago, told in full --------------------------------------------------

    private Meeting showcaseMeeting(LocalDate today) {
        LocalDate day = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        Team respiratory = em.createNamedQuery("Team.byCode", Team.class)
                .setParameter("code", "respiratory")
                .getSingleResult();
        Meeting meeting = new Meeting(
                respiratory,
                "Severe asthma MDT",
                day.atTime(8, 0),
                60,
                "Respiratory seminar room 2",
                null,
                "resp.nurse",
                DemoFinder.at(day.minusDays(6), 9, 0));
        em.persist(meeting);
        AgendaItem item = meeting.list(find.caseOf("P-1003"), 20, null);
        meeting.list(find.caseOf("P-1001"), 15, null);
        em.flush();

        UserAccount chair = find.user("resp.chair");
        UserAccount pulmonologist = find.user("resp.pulm");
        UserAccount pharmacist = find.user("resp.pharm");
        UserAccount nurse = find.user("resp.nurse");
        Instant start = DemoFinder.at(day, 8, 0);
        meeting.start();
        for (UserAccount member : List.of(chair, pulmonologist, pharmacist, nurse)) {
            meeting.recordAttendance(member, AttendanceStatus.PRESENT, null, "resp.nurse", start);
        }
        meeting.discuss(item, "resp.chair", start.plusSeconds(120));

        Therapy mepolizumab = find.therapy("mepolizumab");
        TherapyProposal antiIl5 = item.propose(
                mepolizumab,
                "Eosinophils have risen to 450 cells/µL with four "
                        + "exacerbations in 12 months after an adequate omalizumab trial: eosinophilic phenotype.",
                "NICE TA671; ERS/ATS severe asthma guideline",
                pulmonologist,
                start.plusSeconds(300));
        TherapyProposal antiIl4 = item.propose(
                find.therapy("dupilumab"),
                "FeNO 35 ppb and eosinophils 450 cells/µL: " + "type 2 inflammation; an option if anti-IL-5 fails.",
                "NICE TA751",
                pharmacist,
                start.plusSeconds(360));
        antiIl5.vote(chair, VoteChoice.SUPPORT, null, start.plusSeconds(600));
        antiIl5.vote(pulmonologist, VoteChoice.SUPPORT, null, start.plusSeconds(600));
        antiIl5.vote(pharmacist, VoteChoice.SUPPORT, "Home administration training needed.", start.plusSeconds(610));
        antiIl5.vote(nurse, VoteChoice.SUPPORT, null, start.plusSeconds(615));
        antiIl4.vote(chair, VoteChoice.ABSTAIN, null, start.plusSeconds(620));
        antiIl4.vote(pulmonologist, VoteChoice.OPPOSE, "Keep for a second-line switch.", start.plusSeconds(625));
        antiIl4.vote(pharmacist, VoteChoice.SUPPORT, null, start.plusSeconds(630));
        item.recordMinutes(
                "Adherence (inhaler monitor 92 %) and technique confirmed; allergen avoidance in place. "
                        + "No response to omalizumab at 16 weeks; eosinophils now 450. Agreed to switch to anti-IL-5.",
                "resp.chair", start.plusSeconds(840));
        item.recommend(
                new RecommendationContent(
                        RecommendationDecision.SWITCH_THERAPY,
                        mepolizumab,
                        "No response to an adequate 16-week omalizumab trial with adherence and technique confirmed; "
                                + "eosinophilic phenotype (450 cells/µL, 4 exacerbations). Switch to mepolizumab 100 mg "
                                + "every 4 weeks and review the response at 16 weeks.",
                        Set.of(find.factor("allergen-exposure")),
                        List.of(
                                new ActionDraft(
                                        "Apply for mepolizumab funding (TA671 criteria met)",
                                        pharmacist,
                                        day.plusDays(7)),
                                new ActionDraft(
                                        "Teach home administration of the pre-filled pen", nurse, day.plusDays(12)),
                                new ActionDraft(
                                        "Review ACT, exacerbations and OCS use at 16 weeks",
                                        pulmonologist,
                                        day.plusWeeks(17))),
                        day.plusWeeks(16)),
                "resp.chair",
                start.plusSeconds(900));
        signOff.sign(item, chair, start.plusSeconds(1200));
        meeting.close("resp.chair", DemoFinder.at(day, 9, 0));
        em.flush();
        return meeting;
    }

    // --- last week's and next week's meetings of every team -----------------------------------------------------

    private int pastMeeting(Team team, List<Decided> cases, LocalDateTime at, Instant now, LocalDate today) {
        UserAccount chair = member(team, TeamRole.CHAIR);
        Meeting meeting = new Meeting(
                team, team.getName() + " weekly meeting", at, 60, "MDT room, level 2", null, chair.getUsername(), now);
        em.persist(meeting);
        cases.forEach(d -> meeting.list(d.clinicalCase(), 15, null));
        meeting.start();
        for (TeamMembership m : team.getMembers()) {
            meeting.recordAttendance(m.getUser(), AttendanceStatus.PRESENT, null, chair.getUsername(), now);
        }
        em.flush();
        int signed = 0;
        for (AgendaItem item : List.copyOf(meeting.getAgenda())) {
            ClinicalCase clinicalCase = item.getClinicalCase();
            List<Therapy> therapies = em.createNamedQuery("Therapy.forCondition", Therapy.class)
                    .setParameter("condition", clinicalCase.getCondition())
                    .getResultList();
            if (therapies.isEmpty()) {
                continue;
            }
            Therapy therapy = therapies.get(0);
            meeting.discuss(item, chair.getUsername(), now);
            var proposal = item.propose(
                    therapy,
                    "Refractory on the current line; criteria for " + therapy.getName()
                            + " reviewed in the decision-support panel.",
                    "Condition guideline",
                    chair,
                    now);
            for (TeamMembership m : team.getMembers()) {
                proposal.vote(
                        m.getUser(),
                        m.getTeamRole() == TeamRole.COORDINATOR ? VoteChoice.ABSTAIN : VoteChoice.SUPPORT,
                        null,
                        now);
            }
            item.recordMinutes(
                    "Presented by the responsible clinician; the team agreed on " + therapy.getName() + ".",
                    chair.getUsername(),
                    now);
            UserAccount owner = team.getMembers().stream()
                    .map(TeamMembership::getUser)
                    .filter(u -> !u.equals(chair))
                    .findFirst()
                    .orElse(chair);
            item.recommend(
                    new RecommendationContent(
                            RecommendationDecision.SWITCH_THERAPY,
                            therapy,
                            "Treatment-resistant on the current line with adherence confirmed; " + therapy.getName()
                                    + " meets the team's criteria.",
                            Set.of(),
                            List.of(new ActionDraft(
                                    "Arrange the first administration and baseline measurements",
                                    owner,
                                    today.plusDays(7))),
                            today.plusMonths(4)),
                    chair.getUsername(),
                    now);
            signOff.sign(item, chair, now);
            signed++;
        }
        meeting.close(chair.getUsername(), now);
        em.flush();
        for (Decided d : cases) {
            ClinicalCase c = d.clinicalCase();
            for (CaseStatus step : List.of(CaseStatus.FOLLOW_UP, CaseStatus.CLOSED)) {
                if (c.getStatus() != d.target() && c.getStatus().canMoveTo(step)) {
                    c.moveTo(step, chair.getUsername(), now);
                }
            }
        }
        return signed;
    }

    /** Next week's meeting: what an earlier meeting did not reach comes first, then the team's ready cases. */
    private void upcomingMeeting(Team team, LocalDateTime at, Instant now, Meeting earlier) {
        UserAccount chair = member(team, TeamRole.CHAIR);
        Meeting meeting = new Meeting(
                team, team.getName() + " weekly meeting", at, 60, "MDT room, level 2", null, chair.getUsername(), now);
        em.persist(meeting);
        if (earlier != null) {
            meeting.carryOver(earlier.getAgenda());
        }
        em
                .createQuery(
                        "select c from ClinicalCase c where c.team = :team and c.status = :ready"
                                + " order by c.statusChangedAt, c.id",
                        ClinicalCase.class)
                .setParameter("team", team)
                .setParameter("ready", CaseStatus.READY_FOR_REVIEW)
                .getResultList()
                .stream()
                .filter(c -> meeting.findItemFor(c).isEmpty())
                .forEach(c -> meeting.list(c, 15, null));
    }

    private static UserAccount member(Team team, TeamRole role) {
        return team.getMembers().stream()
                .filter(m -> m.getTeamRole() == role)
                .map(TeamMembership::getUser)
                .findFirst()
                .orElseGet(() -> team.getMembers().get(0).getUser());
    }
}
