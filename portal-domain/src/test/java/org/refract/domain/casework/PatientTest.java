package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refract.domain.identity.Team;
import org.refract.domain.shared.InvalidInputException;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final Team TEAM = new Team("respiratory", "Respiratory MDT", "Severe asthma");

    @ParameterizedTest
    @ValueSource(strings = {"P-0001", "P-0042", "P-12345", "P-99999999"})
    void acceptsWellFormedPseudonyms(String pseudonym) {
        Patient patient = new Patient(TEAM, pseudonym, 1970, Sex.F, NOW);
        assertEquals(pseudonym, patient.getPseudonym());
        assertTrue(Patient.isPseudonym(pseudonym));
    }

    @Test
    void stripsSurroundingSpace() {
        assertEquals("P-0042", new Patient(TEAM, "  P-0042 ", 1970, Sex.M, NOW).getPseudonym());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "P-001",
                "P-123456789",
                "p-0001",
                "P0001",
                "X-0001",
                "P-00a1",
                "P-0001x",
                "Jane Doe",
                "P--0001"
            })
    void refusesMalformedPseudonyms(String pseudonym) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Patient(TEAM, pseudonym, 1970, Sex.F, NOW));
        assertEquals("pseudonym", e.field());
        assertTrue(e.getMessage().contains("P-0042"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 1970, 2025, 2026})
    void acceptsBirthYearsFrom1900ToThisYear(int year) {
        assertEquals(year, new Patient(TEAM, "P-0001", year, Sex.X, NOW).getBirthYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1899, 2027, 3000, -1})
    void refusesImpossibleBirthYears(int year) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Patient(TEAM, "P-0001", year, Sex.X, NOW));
        assertEquals("birthYear", e.field());
        assertTrue(e.getMessage().contains("1900") && e.getMessage().contains("2026"), e.getMessage());
    }

    @Test
    void theLatestBirthYearFollowsTheRegistrationTime() {
        Instant newYear = Instant.parse("2027-01-01T00:00:00Z");
        assertEquals(2027, new Patient(TEAM, "P-0001", 2027, Sex.F, newYear).getBirthYear());
    }

    @Test
    void requiresSex() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Patient(TEAM, "P-0001", 1970, null, NOW));
        assertEquals("sex", e.field());
    }

    @Test
    void requiresCreationTime() {
        assertThrows(NullPointerException.class, () -> new Patient(TEAM, "P-0001", 1970, Sex.F, null));
    }

    @Test
    void keepsWhatItWasGiven() {
        Patient patient = new Patient(TEAM, "P-0007", 1981, Sex.M, NOW);
        assertEquals(Sex.M, patient.getSex());
        assertEquals(NOW, patient.getCreatedAt());
        assertTrue(patient.isNew());
    }

    @ParameterizedTest
    @CsvSource({"1, P-0001", "42, P-0042", "9999, P-9999", "10000, P-10000", "99999999, P-99999999"})
    void pseudonymForPadsToFourDigits(long number, String expected) {
        assertEquals(expected, Patient.pseudonymFor(number));
        assertTrue(Patient.isPseudonym(Patient.pseudonymFor(number)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 100_000_000L})
    void pseudonymForRefusesNumbersOutsideTheFormat(long number) {
        assertThrows(IllegalArgumentException.class, () -> Patient.pseudonymFor(number));
    }

    @Test
    void ageInAYear() {
        Patient patient = new Patient(TEAM, "P-0001", 1970, Sex.F, NOW);
        assertEquals(56, patient.ageIn(2026));
        assertEquals(0, patient.ageIn(1970));
        assertThrows(IllegalArgumentException.class, () -> patient.ageIn(1969));
    }

    @Test
    void isPseudonymToleratesNull() {
        assertFalse(Patient.isPseudonym(null));
    }

    @Test
    void belongsToItsTeamOnly() {
        Patient patient = new Patient(TEAM, "P-0001", 1970, Sex.F, NOW);

        assertTrue(patient.belongsTo(TEAM));
        assertFalse(patient.belongsTo(new Team("neuro", "Neurology MDT", "Myasthenia gravis")));
    }

    @Test
    void needsATeam() {
        assertThrows(NullPointerException.class, () -> new Patient(null, "P-0001", 1970, Sex.F, NOW));
    }
}
