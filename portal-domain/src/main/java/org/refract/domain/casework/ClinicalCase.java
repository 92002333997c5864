package org.refract.domain.casework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.MeasuredValue;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * One patient's treatment-resistant disease as a team reviews it: the clinical picture (observations, treatment
 * lines, resistance findings) and where the case stands in the review workflow. The case is the aggregate root:
 * its parts change only through it (or through methods that ask it first), so that a closed case stays as it was
 * and every change is stamped with who made it and when.
 */
@Entity
@Indexed(index = "clinical_case")
@Table(name = "clinical_case")
@Audited
@NamedQuery(
        name = "ClinicalCase.ofPatient",
        query = "select c from ClinicalCase c where c.patient = :patient order by c.createdAt desc, c.id desc")
public class ClinicalCase extends BaseEntity {

    static final int TITLE_MIN = 3;
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "condition_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Condition condition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Team team;

    /** The clinician responsible for the case (presents it to the team). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount clinician;

    @Column(nullable = false, length = TITLE_MAX)
    @FullTextField(projectable = Projectable.YES)
    private String title;

    /** Shown in search results; searched through {@link #getSearchText()}. */
    @Column(length = SUMMARY_MAX)
    @FullTextField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CaseStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    // Observations, treatment lines and findings are bags: never join-fetch more than one of them in a query. Events
    // are a set, so the case page loads them with the treatment lines in one statement (lines x events rows).
    // Envers keeps no table for them: the mappedBy side is rebuilt from the children's own audit rows.
    @OneToMany(mappedBy = "clinicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("observedOn, id")
    private List<Observation> observations = new ArrayList<>();

    @OneToMany(mappedBy = "clinicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate, id")
    // A set, not a bag: the case page fetches lines and events in one statement, which would repeat a line per event.
    private Set<TreatmentLine> treatmentLines = new LinkedHashSet<>();

    @OneToMany(mappedBy = "clinicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @IndexedEmbedded(includePaths = "evidence")
    private List<ResistanceFinding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "clinicalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredOn desc, id desc")
    private Set<ClinicalEvent> events = new LinkedHashSet<>();

    protected ClinicalCase() {
        // for JPA
    }

    /**
     * Opens a new case as a {@link CaseStatus#DRAFT}.
     *
     * @throws InvalidInputException on "title" (3 to 200 characters) or "summary" (at most 4000)
     */
    public ClinicalCase(
            Patient patient,
            Condition condition,
            Team team,
            UserAccount clinician,
            String title,
            String summary,
            String createdBy,
            Instant now) {
        this.patient = Objects.requireNonNull(patient, "The patient is required.");
        this.condition = Objects.requireNonNull(condition, "The condition is required.");
        this.team = Objects.requireNonNull(team, "The team is required.");
        if (!patient.belongsTo(team)) {
            throw new IllegalArgumentException("The patient " + patient + " belongs to another team.");
        }
        this.clinician = Objects.requireNonNull(clinician, "The responsible clinician is required.");
        this.title = validTitle(title);
        this.summary = validSummary(summary);
        this.createdBy = Texts.requireUser(createdBy);
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.status = CaseStatus.DRAFT;
        this.statusChangedAt = now;
        this.updatedBy = this.createdBy;
        this.updatedAt = now;
    }

    /** Changes the title, the summary and the responsible clinician. */
    public void describe(String newTitle, String newSummary, UserAccount newClinician, String by, Instant now) {
        beginChange(by, now);
        String checkedTitle = validTitle(newTitle);
        String checkedSummary = validSummary(newSummary);
        this.clinician = Objects.requireNonNull(newClinician, "The responsible clinician is required.");
        this.title = checkedTitle;
        this.summary = checkedSummary;
        touch(by, now);
    }

    // --- workflow ---------------------------------------------------------------------------------------------

    /**
     * Moves the case along its workflow.
     *
     * @throws InvalidStateException when the workflow does not allow the move, naming both statuses
     */
    public void moveTo(CaseStatus target, String by, Instant now) {
        Objects.requireNonNull(target, "The target status is required.");
        requireChanger(by, now);
        if (!status.canMoveTo(target)) {
            throw new InvalidStateException(
                    "A case cannot move from '" + status.label() + "' to '" + target.label() + "'.");
        }
        this.status = target;
        touch(by, now);
        this.statusChangedAt = now;
    }

    /** The clinician has finished the draft and lists the case for the team. */
    public void submitForReview(String by, Instant now) {
        moveTo(CaseStatus.READY_FOR_REVIEW, by, now);
    }

    /** Takes a case off the list before the team has started on it. */
    public void withdraw(String by, Instant now) {
        moveTo(CaseStatus.DRAFT, by, now);
    }

    public void startReview(String by, Instant now) {
        moveTo(CaseStatus.IN_REVIEW, by, now);
    }

    public void issueRecommendation(String by, Instant now) {
        moveTo(CaseStatus.RECOMMENDATION_ISSUED, by, now);
    }

    public void startFollowUp(String by, Instant now) {
        moveTo(CaseStatus.FOLLOW_UP, by, now);
    }

    public void close(String by, Instant now) {
        moveTo(CaseStatus.CLOSED, by, now);
    }

    /** Lists the case again: not discussed at the meeting, new findings, or a closed case that needs review. */
    public void reopenForReview(String by, Instant now) {
        moveTo(CaseStatus.READY_FOR_REVIEW, by, now);
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /**
     * Guard for every change of clinical data, including changes made on the parts of the case. Public because
     * the parts call it through what may be a lazy proxy, which only forwards public methods reliably.
     *
     * @throws InvalidStateException when the case is closed
     */
    public void requireEditable() {
        if (!isEditable()) {
            throw new InvalidStateException("The case is closed: reopen it for review before changing it.");
        }
    }

    /** Checks, before anything changes, that the change is allowed and says who makes it and when. */
    private void beginChange(String by, Instant now) {
        requireEditable();
        requireChanger(by, now);
    }

    private static void requireChanger(String by, Instant now) {
        Texts.requireUser(by);
        Objects.requireNonNull(now, "The time is required.");
    }

    /**
     * Records who changed the case and when. The case's own methods call it; call it after changing a treatment
     * line or a finding directly (their methods have no clock), so the worklist shows the change.
     */
    public void touch(String by, Instant now) {
        String user = Texts.requireUser(by);
        this.updatedAt = Objects.requireNonNull(now, "The time is required.");
        this.updatedBy = user;
    }

    // --- observations -----------------------------------------------------------------------------------------

    /**
     * Records a measurement.
     *
     * @throws InvalidInputException on "instrument" (not used for this condition), "value" (see
     *         {@link Instrument#check}), "observedOn" (missing, in the future or before the birth year), "note"
     */
    public Observation recordObservation(
            Instrument instrument,
            MeasuredValue value,
            LocalDate observedOn,
            String note,
            String by,
            Instant now,
            LocalDate today) {
        beginChange(by, now);
        Objects.requireNonNull(instrument, "The instrument is required.");
        if (!appliesToCondition(instrument.getConditions())) {
            throw new InvalidInputException(
                    "instrument", instrument.getName() + " is not recorded for " + condition.getName() + ".");
        }
        if (value == null) {
            throw new InvalidInputException("value", "Enter a value for " + instrument.getName() + ".");
        }
        instrument.check(value);
        requireDateInLifetime(observedOn, "observedOn", "observation", today);
        Observation observation = new Observation(
                this,
                instrument,
                value,
                observedOn,
                Texts.optional(note, Observation.NOTE_MAX, "note"),
                Texts.requireUser(by),
                now);
        observations.add(observation);
        touch(by, now);
        return observation;
    }

    public void removeObservation(Observation observation, String by, Instant now) {
        beginChange(by, now);
        requirePart(observations, observation, "observation");
        observations.remove(observation);
        touch(by, now);
    }

    // --- clinical events --------------------------------------------------------------------------------------

    /**
     * Records a dated clinical event (an exacerbation, a bleed, a day with seizures, ...).
     *
     * @throws InvalidInputException on "type" (missing), "date" (missing, in the future or before the birth year),
     *         a detail that does not belong to the kind of event (named by its field), "count" or "note"
     */
    public ClinicalEvent recordEvent(
            EventType type,
            LocalDate occurredOn,
            EventDetails details,
            String note,
            String by,
            Instant now,
            LocalDate today) {
        beginChange(by, now);
        if (type == null) {
            throw new InvalidInputException("type", "Choose the kind of event.");
        }
        requireDateInLifetime(occurredOn, "date", "event", today);
        EventDetails checked = (details == null ? EventDetails.none() : details).checkedFor(type);
        ClinicalEvent event = new ClinicalEvent(
                this,
                type,
                occurredOn,
                checked,
                Texts.optional(note, ClinicalEvent.NOTE_MAX, "note"),
                Texts.requireUser(by),
                now);
        events.add(event);
        touch(by, now);
        return event;
    }

    public void removeEvent(ClinicalEvent event, String by, Instant now) {
        beginChange(by, now);
        requirePart(events, event, "event");
        events.remove(event);
        touch(by, now);
    }

    // --- treatment lines --------------------------------------------------------------------------------------

    /**
     * Records a therapy the patient has had or is having; its outcome, adherence and adequacy follow on the line.
     *
     * @throws InvalidInputException on "therapy" (not used for this condition), "startDate" (missing, in the future
     *         or before the birth year), "endDate" (before the start), "dose"
     */
    public TreatmentLine addTreatmentLine(
            Therapy therapy, String dose, LocalDate start, LocalDate end, String by, Instant now, LocalDate today) {
        beginChange(by, now);
        Objects.requireNonNull(therapy, "The therapy is required.");
        if (!appliesToCondition(therapy.getConditions())) {
            throw new InvalidInputException(
                    "therapy", therapy.getName() + " is not a therapy for " + condition.getName() + ".");
        }
        requireDateInLifetime(start, "startDate", "treatment start", today);
        TreatmentLine line =
                new TreatmentLine(this, therapy, Texts.optional(dose, TreatmentLine.DOSE_MAX, "dose"), start, end);
        treatmentLines.add(line);
        touch(by, now);
        return line;
    }

    public void removeTreatmentLine(TreatmentLine line, String by, Instant now) {
        beginChange(by, now);
        requirePart(treatmentLines, line, "treatment line");
        treatmentLines.remove(line);
        touch(by, now);
    }

    // --- resistance findings ----------------------------------------------------------------------------------

    /**
     * Records the team's view of one resistance factor. A case holds one finding per factor: assessing a factor
     * again updates its finding.
     *
     * @throws InvalidInputException on "factor" (not relevant to this condition), "status", "assessedOn",
     *         "evidence"
     */
    public ResistanceFinding assessFactor(
            ResistanceFactor factor,
            FindingStatus findingStatus,
            String evidence,
            LocalDate on,
            String by,
            Instant now) {
        beginChange(by, now);
        Objects.requireNonNull(factor, "The resistance factor is required.");
        if (!appliesToCondition(factor.getConditions())) {
            throw new InvalidInputException(
                    "factor", factor.getName() + " is not a resistance factor of " + condition.getName() + ".");
        }
        Optional<ResistanceFinding> existing = findingFor(factor);
        ResistanceFinding finding;
        if (existing.isPresent()) {
            finding = existing.get();
            finding.update(findingStatus, evidence, on, by);
        } else {
            finding = new ResistanceFinding(this, factor, findingStatus, evidence, on, by);
            findings.add(finding);
        }
        touch(by, now);
        return finding;
    }

    public Optional<ResistanceFinding> findingFor(ResistanceFactor factor) {
        return findings.stream()
                .filter(f -> Entities.same(f.getFactor(), factor))
                .findFirst();
    }

    public void removeFinding(ResistanceFinding finding, String by, Instant now) {
        beginChange(by, now);
        requirePart(findings, finding, "finding");
        findings.remove(finding);
        touch(by, now);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Compares by identity, not equals, so that a lazy proxy of the case's condition still matches. */
    private boolean appliesToCondition(Collection<Condition> conditions) {
        return conditions.stream().anyMatch(c -> Entities.same(c, condition));
    }

    private void requireDateInLifetime(LocalDate date, String field, String what, LocalDate today) {
        Objects.requireNonNull(today, "Today's date is required.");
        if (date == null) {
            throw new InvalidInputException(field, "Enter the date of the " + what + ".");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "The date of the " + what + " cannot be in the future.");
        }
        if (date.getYear() < patient.getBirthYear()) {
            throw new InvalidInputException(
                    field,
                    "The date of the " + what + " is before the patient's birth year (" + patient.getBirthYear()
                            + ").");
        }
    }

    private static <T> void requirePart(Collection<T> parts, T part, String what) {
        Objects.requireNonNull(part, "The " + what + " is required.");
        if (!parts.contains(part)) {
            throw new IllegalArgumentException("The " + what + " does not belong to this case.");
        }
    }

    private static String validTitle(String title) {
        String text = title == null ? "" : title.strip();
        if (text.length() < TITLE_MIN || text.length() > TITLE_MAX) {
            throw new InvalidInputException(
                    "title", "The title must be " + TITLE_MIN + " to " + TITLE_MAX + " characters long.");
        }
        return text;
    }

    private static String validSummary(String summary) {
        return Texts.optional(summary, SUMMARY_MAX, "summary");
    }

    // --- getters ----------------------------------------------------------------------------------------------

    public Patient getPatient() {
        return patient;
    }

    public Condition getCondition() {
        return condition;
    }

    public Team getTeam() {
        return team;
    }

    /**
     * The case's own words for the search box, in one field of the index: its title, summary and the evidence of its
     * findings. One field rather than a query over three lets Lucene skip the cases that cannot make the first page
     * for every word: over several fields it bounds a case's best score by the sum of each field's best, which no case
     * reaches, and scored every case of the team for a word common in two fields (docs/performance.md, seventeenth
     * round). The title is also searchable on its own, so that a word in the title counts more.
     */
    @FullTextField(name = "text")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath({@PropertyValue(propertyName = "findings"), @PropertyValue(propertyName = "evidence")})
            })
    public List<String> getSearchText() {
        List<String> texts = new ArrayList<>(2 + findings.size());
        texts.add(title);
        if (summary != null) {
            texts.add(summary);
        }
        for (ResistanceFinding finding : findings) {
            if (finding.getEvidence() != null) {
                texts.add(finding.getEvidence());
            }
        }
        return texts;
    }

    /** The team, as the search index holds it: every case search filters on the caller's teams. */
    @GenericField(name = "teamId")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "team")))
    public Long getTeamId() {
        return team.getId();
    }

    public UserAccount getClinician() {
        return clinician;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<Observation> getObservations() {
        return Collections.unmodifiableList(observations);
    }

    public List<TreatmentLine> getTreatmentLines() {
        return List.copyOf(treatmentLines);
    }

    public List<ResistanceFinding> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    /** The recorded events, newest first (those recorded in this transaction included). */
    public List<ClinicalEvent> getEvents() {
        return events.stream()
                .sorted(Comparator.comparing(ClinicalEvent::getOccurredOn)
                        .thenComparing(ClinicalEvent::getEnteredAt)
                        .reversed())
                .toList();
    }

    @Override
    public String toString() {
        return "case " + getId() + " (" + status + ")";
    }
}
