package org.refract.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.refract.domain.identity.Team;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * A patient known to the portal only by a pseudonym, birth year and sex. The portal never stores names,
 * addresses or real identifiers; the key to the pseudonym stays with the treating hospital.
 *
 * <p>A patient belongs to one team, and a pseudonym names a patient within that team only: another team's
 * P-0042 is another patient, and nothing about it can be learnt by naming its pseudonym. Pseudonyms the portal
 * assigns are numbered per team.
 */
@Entity
@Table(name = "patient")
@Audited
@NamedQuery(
        name = "Patient.byTeamAndPseudonym",
        query = "select p from Patient p where p.team = :team and p.pseudonym = :pseudonym")
@NamedQuery(
        name = "Patient.highestNumberInTeam",
        query = "select max(cast(substring(p.pseudonym, 3) as Long)) from Patient p where p.team = :team")
public class Patient extends BaseEntity {

    /** "P-" and 4 to 8 digits, e.g. P-0042. */
    public static final Pattern PSEUDONYM_PATTERN = Pattern.compile("P-\\d{4,8}");

    /** Earliest accepted birth year; anything before is a typing error. */
    public static final int EARLIEST_BIRTH_YEAR = 1900;

    private static final long HIGHEST_PSEUDONYM_NUMBER = 99_999_999L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false, updatable = false)
    private Team team;

    @Column(nullable = false, length = 20, updatable = false)
    private String pseudonym;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    // varchar(1) as in V4__casework.sql: Hibernate would expect char(1) for a one-letter enum, and schema
    // validation on PostgreSQL refuses the difference.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Patient() {
        // for JPA
    }

    /**
     * @param team the team whose patient this is; the pseudonym names the patient within it
     * @param createdAt when the patient was registered; its year (UTC) is the latest accepted birth year
     * @throws InvalidInputException for a malformed pseudonym, a birth year outside 1900..this year, or no sex
     */
    public Patient(Team team, String pseudonym, int birthYear, Sex sex, Instant createdAt) {
        this.team = Objects.requireNonNull(team, "The team is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
        this.pseudonym = validPseudonym(pseudonym);
        int currentYear = createdAt.atZone(ZoneOffset.UTC).getYear();
        if (birthYear < EARLIEST_BIRTH_YEAR || birthYear > currentYear) {
            throw new InvalidInputException(
                    "birthYear", "Birth year must be between " + EARLIEST_BIRTH_YEAR + " and " + currentYear + ".");
        }
        this.birthYear = birthYear;
        if (sex == null) {
            throw new InvalidInputException("sex", "Sex is required (F, M or X).");
        }
        this.sex = sex;
    }

    /** The pseudonym for the n-th patient, zero-padded to four digits: 42 gives "P-0042". */
    public static String pseudonymFor(long number) {
        if (number < 1 || number > HIGHEST_PSEUDONYM_NUMBER) {
            throw new IllegalArgumentException("Pseudonym numbers run from 1 to " + HIGHEST_PSEUDONYM_NUMBER + ".");
        }
        return String.format("P-%04d", number);
    }

    /** Whether the text is a well-formed pseudonym (it may still be unknown to the portal). */
    public static boolean isPseudonym(String text) {
        return text != null && PSEUDONYM_PATTERN.matcher(text).matches();
    }

    private static String validPseudonym(String pseudonym) {
        String candidate = pseudonym == null ? null : pseudonym.strip();
        if (!isPseudonym(candidate)) {
            throw new InvalidInputException(
                    "pseudonym", "Pseudonym must be P- followed by 4 to 8 digits, e.g. P-0042.");
        }
        return candidate;
    }

    /**
     * Age reached during the given year. Only the birth year is stored (less identifying than a date), so the age
     * on a particular day may be one less.
     */
    public int ageIn(int year) {
        if (year < birthYear) {
            throw new IllegalArgumentException("The patient was born in " + birthYear + ", after " + year + ".");
        }
        return year - birthYear;
    }

    /** Whether this is a patient of the team (the same team entity, or the same stored team). */
    public boolean belongsTo(Team other) {
        return team == other || team.equals(other);
    }

    public Team getTeam() {
        return team;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public Sex getSex() {
        return sex;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return pseudonym;
    }
}
