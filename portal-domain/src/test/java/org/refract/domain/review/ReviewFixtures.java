package org.refract.domain.review;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.Patient;
import org.refract.domain.casework.Sex;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.FactorCategory;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.QuorumRule;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/** A respiratory team (pulmonologist chair, pharmacist, nurse) and ready cases; public constructors only. */
final class ReviewFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime MEETING_TIME = LocalDateTime.of(2026, 11, 26, 14, 0);

    static final Condition ASTHMA = new Condition("severe-asthma", "Severe asthma", 1);
    static final Condition MG = new Condition("myasthenia-gravis", "Myasthenia gravis", 2);
    static final Therapy MEPOLIZUMAB =
            new Therapy("mepolizumab", "Mepolizumab", "Biologic (anti-IL-5)", "subcutaneous", false, Set.of(ASTHMA));
    static final Therapy DUPILUMAB =
            new Therapy("dupilumab", "Dupilumab", "Biologic (anti-IL-4R)", "subcutaneous", false, Set.of(ASTHMA));
    static final Therapy RITUXIMAB =
            new Therapy("rituximab", "Rituximab", "Anti-CD20", "intravenous", false, Set.of(MG));
    static final ResistanceFactor ADHERENCE = new ResistanceFactor(
            "poor-adherence",
            "Poor adherence",
            FactorCategory.BEHAVIOURAL,
            true,
            "Pharmacy refill records",
            Set.of(ASTHMA, MG));
    static final ResistanceFactor THYMOMA =
            new ResistanceFactor("thymoma", "Thymoma", FactorCategory.DISEASE, false, "Chest CT", Set.of(MG));

    final Team team = withId(new Team("respiratory", "Respiratory MDT", "Severe asthma"), 1);
    final Team otherTeam = withId(new Team("neuromuscular", "Neuromuscular MDT", "Myasthenia gravis"), 2);
    final UserAccount chair = withId(user("r.chair", Discipline.PULMONOLOGIST), 10);
    final UserAccount pharmacist = withId(user("r.pharm", Discipline.PHARMACIST), 11);
    final UserAccount nurse = withId(user("r.nurse", Discipline.SPECIALIST_NURSE), 12);
    final UserAccount deputyPharmacist = withId(user("r.deputy", Discipline.PHARMACIST), 13);
    final UserAccount outsider = withId(user("n.neuro", Discipline.NEUROLOGIST), 14);

    ReviewFixtures() {
        team.enrol(chair, TeamRole.CHAIR);
        team.enrol(pharmacist, TeamRole.MEMBER);
        team.enrol(nurse, TeamRole.COORDINATOR);
        team.enrol(deputyPharmacist, TeamRole.MEMBER);
        otherTeam.enrol(outsider, TeamRole.CHAIR);
        team.changeQuorumRule(QuorumRule.of(3, Set.of(Discipline.PULMONOLOGIST, Discipline.PHARMACIST)));
    }

    Meeting meeting() {
        return new Meeting(team, "Weekly severe asthma MDT", MEETING_TIME, 60, "Room 4", null, "r.nurse", NOW);
    }

    private long nextCaseId = 100;

    ClinicalCase readyCase(String pseudonym) {
        ClinicalCase clinicalCase = new ClinicalCase(
                new Patient(team, pseudonym, 1970, Sex.F, NOW),
                ASTHMA,
                team,
                chair,
                "Uncontrolled despite high-dose ICS",
                null,
                "r.chair",
                NOW);
        clinicalCase.moveTo(CaseStatus.READY_FOR_REVIEW, "r.chair", NOW);
        return withId(clinicalCase, nextCaseId++);
    }

    /** A started meeting with everyone present and one case listed. */
    Meeting quorateMeetingWith(ClinicalCase clinicalCase) {
        Meeting meeting = meeting();
        meeting.list(clinicalCase, 15, null);
        meeting.start();
        meeting.recordAttendance(chair, AttendanceStatus.PRESENT, null, "r.nurse", NOW);
        meeting.recordAttendance(pharmacist, AttendanceStatus.PRESENT, null, "r.nurse", NOW);
        meeting.recordAttendance(nurse, AttendanceStatus.PRESENT, null, "r.nurse", NOW);
        return meeting;
    }

    static RecommendationContent switchTo(Therapy therapy) {
        return new RecommendationContent(
                RecommendationDecision.SWITCH_THERAPY,
                therapy,
                "Eosinophilic phenotype, two exacerbations on current biologic.",
                Set.of(ADHERENCE),
                java.util.List.of(),
                TODAY.plusMonths(4));
    }

    static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserAccount user(String username, Discipline discipline) {
        return new UserAccount(username, "Dr " + username, discipline, "hash", EnumSet.of(Role.CLINICIAN));
    }
}
