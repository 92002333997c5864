package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.DisciplineSetConverter;
import org.refract.domain.identity.QuorumRule;
import org.refract.domain.identity.QuorumStatus;
import org.refract.domain.shared.InvalidInputException;

class QuorumRuleTest {

    private final ReviewFixtures f = new ReviewFixtures();
    private final QuorumRule respiratory = QuorumRule.of(3, Set.of(Discipline.PULMONOLOGIST, Discipline.PHARMACIST));

    @Test
    void metWithEnoughPeopleAndEveryRequiredDiscipline() {
        QuorumStatus status = respiratory.evaluate(
                List.of(Discipline.PULMONOLOGIST, Discipline.PHARMACIST, Discipline.SPECIALIST_NURSE));
        assertTrue(status.met());
        assertEquals(0, status.shortfall());
    }

    @Test
    void notMetWhenARequiredDisciplineIsMissingEvenWithEnoughPeople() {
        QuorumStatus status = respiratory.evaluate(
                List.of(Discipline.PULMONOLOGIST, Discipline.PULMONOLOGIST, Discipline.SPECIALIST_NURSE));
        assertFalse(status.met());
        assertEquals(Set.of(Discipline.PHARMACIST), status.missingDisciplines());
    }

    @Test
    void notMetWhenTooFewArePresent() {
        QuorumStatus status = respiratory.evaluate(List.of(Discipline.PULMONOLOGIST, Discipline.PHARMACIST));
        assertFalse(status.met());
        assertEquals(1, status.shortfall());
    }

    @Test
    void membersWithoutADisciplineCountForTheHeadCountOnly() {
        QuorumStatus status = QuorumRule.of(2, Set.of()).evaluate(java.util.Arrays.asList(null, null));
        assertTrue(status.met());
    }

    @Test
    void refusesAMinimumBelowTheNumberOfRequiredDisciplinesOrOutOfRange() {
        assertThrows(
                InvalidInputException.class,
                () -> QuorumRule.of(1, Set.of(Discipline.PULMONOLOGIST, Discipline.PHARMACIST)));
        assertThrows(InvalidInputException.class, () -> QuorumRule.of(0, Set.of()));
        assertThrows(InvalidInputException.class, () -> QuorumRule.of(51, Set.of()));
    }

    @Test
    void rulesWithTheSameContentAreEqual() {
        assertEquals(respiratory, QuorumRule.of(3, List.of(Discipline.PHARMACIST, Discipline.PULMONOLOGIST)));
    }

    @Test
    void disciplineSetSurvivesTheColumnRoundTrip() {
        DisciplineSetConverter converter = new DisciplineSetConverter();
        String column = converter.convertToDatabaseColumn(respiratory.getRequiredDisciplines());
        assertEquals("PULMONOLOGIST,PHARMACIST", column);
        assertEquals(respiratory.getRequiredDisciplines(), converter.convertToEntityAttribute(column));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
    }

    @Test
    void meetingQuorumCountsPresentMembersAndCoversWithTheCoversDiscipline() {
        Meeting meeting = f.meeting();
        meeting.recordAttendance(f.chair, AttendanceStatus.PRESENT, null, "r.nurse", ReviewFixtures.NOW);
        meeting.recordAttendance(f.nurse, AttendanceStatus.PRESENT, null, "r.nurse", ReviewFixtures.NOW);
        meeting.recordAttendance(f.pharmacist, AttendanceStatus.ABSENT, null, "r.nurse", ReviewFixtures.NOW);
        assertEquals(Set.of(Discipline.PHARMACIST), meeting.quorum().missingDisciplines());

        meeting.recordAttendance(
                f.pharmacist, AttendanceStatus.ABSENT, f.deputyPharmacist, "r.nurse", ReviewFixtures.NOW);
        assertTrue(meeting.quorum().met());
        assertTrue(meeting.isAttendedBy(f.deputyPharmacist));
        assertFalse(meeting.isAttendedBy(f.pharmacist));
    }

    @Test
    void attendanceOnlyForTeamMembersAndNoDoubleCounting() {
        Meeting meeting = f.meeting();
        assertThrows(
                org.refract.domain.shared.InvalidStateException.class,
                () -> meeting.recordAttendance(
                        f.outsider, AttendanceStatus.PRESENT, null, "r.nurse", ReviewFixtures.NOW));
        meeting.recordAttendance(f.deputyPharmacist, AttendanceStatus.PRESENT, null, "r.nurse", ReviewFixtures.NOW);
        assertThrows(
                InvalidInputException.class,
                () -> meeting.recordAttendance(
                        f.pharmacist, AttendanceStatus.ABSENT, f.deputyPharmacist, "r.nurse", ReviewFixtures.NOW));
    }

    @Test
    void aCoverMustBeAMemberOfTheTeam() {
        Meeting meeting = f.meeting();

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> meeting.recordAttendance(
                        f.pharmacist, AttendanceStatus.ABSENT, f.outsider, "r.nurse", ReviewFixtures.NOW));

        assertEquals("cover", refused.field());
        assertFalse(meeting.isAttendedBy(f.outsider));
    }
}
