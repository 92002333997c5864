package org.refract.service.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.refract.domain.audit.AuditRevision;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.Observation;
import org.refract.domain.casework.ResistanceFinding;
import org.refract.domain.casework.TreatmentLine;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/**
 * The history of a case from its audit trail: who changed what and when, field by field, and who opened it.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class CaseHistoryService {

    private static final int VIEW_LOG_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    /** Every revision of the case and its records, newest first. */
    public List<HistoryRow> history(long caseId) {
        access.get(caseId);
        return changes(caseId, id -> em.find(UserAccount.class, id).getDisplayName());
    }

    /** Who opened the case, newest first (the last 200 openings). */
    public List<CaseViewRow> viewLog(long caseId) {
        access.get(caseId);
        return openings(caseId, VIEW_LOG_LIMIT);
    }

    /**
     * The History tab in one call: every change, newest first, the latest openings (at most {@code views}) and the
     * names of the case's team. Six statements whatever the size of the database: the team (which is the check
     * that the caller is in it), one per audited part of the record (case, measurements, treatment lines,
     * findings) and the openings. Catalogue entries come from the cache, current names; people named in the
     * record who have left the team cost one statement each.
     */
    public CaseHistory historyAndViews(long caseId, int views) {
        Map<Long, Member> team = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select u.id, u.username, u.displayName from TeamMembership membership"
                                + " join membership.user u where membership.team = " + CaseAccess.TEAM_OF_READABLE_CASE,
                        Object[].class)
                .setParameter("id", caseId)
                .setParameter("caller", access.caller())
                .getResultList()) {
            team.put((Long) row[0], new Member((String) row[1], (String) row[2]));
        }
        if (team.isEmpty()) {
            throw CaseAccess.notFound(caseId);
        }
        List<HistoryRow> changes = changes(
                caseId,
                id -> Optional.ofNullable(team.get(id))
                        .map(Member::displayName)
                        .orElseGet(() -> em.find(UserAccount.class, id).getDisplayName()));
        Map<String, String> names = new HashMap<>();
        team.values().forEach(m -> names.put(m.username(), m.displayName()));
        return new CaseHistory(changes, openings(caseId, Math.min(views, VIEW_LOG_LIMIT)), names);
    }

    private record Member(String username, String displayName) {}

    /**
     * One audit query per part of the record. References to the catalogue and to people are resolved by id (Envers
     * would read each one's audit row at that revision, a statement apiece): catalogue entries from the cache.
     */
    private List<HistoryRow> changes(long caseId, Function<Object, String> userName) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<HistoryRow> entries = new ArrayList<>();
        entries.addAll(diff(
                reader.createQuery()
                        .forRevisionsOfEntity(ClinicalCase.class, false, true)
                        .add(AuditEntity.id().eq(caseId)),
                c -> "Case",
                (ClinicalCase c) -> caseFields(c, userName)));
        entries.addAll(diff(
                reader.createQuery()
                        .forRevisionsOfEntity(Observation.class, false, true)
                        .add(AuditEntity.relatedId("clinicalCase").eq(caseId)),
                o -> "Measurement "
                        + current(Instrument.class, o.getInstrument()).getShortName(),
                CaseHistoryService::observationFields));
        entries.addAll(diff(
                reader.createQuery()
                        .forRevisionsOfEntity(TreatmentLine.class, false, true)
                        .add(AuditEntity.relatedId("clinicalCase").eq(caseId)),
                l -> "Treatment " + current(Therapy.class, l.getTherapy()).getName(),
                CaseHistoryService::lineFields));
        entries.addAll(diff(
                reader.createQuery()
                        .forRevisionsOfEntity(ResistanceFinding.class, false, true)
                        .add(AuditEntity.relatedId("clinicalCase").eq(caseId)),
                f -> "Resistance factor "
                        + current(ResistanceFactor.class, f.getFactor()).getName(),
                CaseHistoryService::findingFields));
        entries.sort(Comparator.comparingLong(HistoryRow::revision).reversed().thenComparing(HistoryRow::subject));
        return entries;
    }

    /** The entry as it is now (second-level cache), for a reference read from the audit trail, by its id alone. */
    private <T> T current(Class<T> type, T reference) {
        return em.find(type, id(reference));
    }

    private Object id(Object reference) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(reference);
    }

    private List<CaseViewRow> openings(long caseId, int limit) {
        return em.createQuery(
                        "select new org.refract.service.casework.CaseViewRow(v.username, v.viewedAt)"
                                + " from CaseView v where v.clinicalCase.id = :id order by v.viewedAt desc",
                        CaseViewRow.class)
                .setParameter("id", caseId)
                .setMaxResults(limit)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private static <T extends BaseEntity> List<HistoryRow> diff(
            AuditQuery query, Function<T, String> subject, Function<T, Map<String, String>> fields) {
        List<Object[]> revisions =
                query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, Map<String, String>> previous = new LinkedHashMap<>();
        Map<Long, String> subjects = new LinkedHashMap<>();
        List<HistoryRow> entries = new ArrayList<>();
        for (Object[] row : revisions) {
            T entity = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, String> now = fields.apply(entity);
            Map<String, String> before = previous.getOrDefault(entity.getId(), Map.of());
            String name = subjects.computeIfAbsent(entity.getId(), id -> subject.apply(entity));
            List<FieldChange> changes = new ArrayList<>();
            if (type == RevisionType.DEL) {
                before.forEach((field, value) -> changes.add(new FieldChange(field, value, null)));
            } else {
                now.forEach((field, value) -> {
                    String old = before.get(field);
                    if (!Objects.equals(old, value)) {
                        changes.add(new FieldChange(field, old, value));
                    }
                });
            }
            previous.put(entity.getId(), now);
            if (!changes.isEmpty() || type != RevisionType.MOD) {
                entries.add(new HistoryRow(
                        revision.getRev(),
                        revision.getTimestamp(),
                        revision.getUsername(),
                        name,
                        switch (type) {
                            case ADD -> "ADDED";
                            case MOD -> "CHANGED";
                            case DEL -> "REMOVED";
                        },
                        changes));
            }
        }
        return entries;
    }

    private Map<String, String> caseFields(ClinicalCase c, Function<Object, String> userName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", c.getTitle());
        fields.put("Summary", c.getSummary());
        fields.put("Status", text(c.getStatus()));
        fields.put("Responsible clinician", c.getClinician() == null ? null : userName.apply(id(c.getClinician())));
        return fields;
    }

    private static Map<String, String> observationFields(Observation o) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Value", o.getValue() == null ? null : o.getValue().display() + " " + o.getUnit());
        fields.put("Date", text(o.getObservedOn()));
        fields.put("Note", o.getNote());
        return fields;
    }

    private static Map<String, String> lineFields(TreatmentLine l) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Dose", l.getDose());
        fields.put("Start", text(l.getStartDate()));
        fields.put("End", text(l.getEndDate()));
        fields.put("Response", text(l.getResponse()));
        fields.put("Reason stopped", l.getReasonStopped());
        fields.put("Adherence confirmed", yesNo(l.getAdherenceConfirmed()));
        fields.put("Adherence method", l.getAdherenceMethod());
        fields.put("Inhaler technique checked", yesNo(l.getInhalerTechniqueChecked()));
        fields.put("Adequate trial", yesNo(l.getAdequateTrial()));
        fields.put("Adequacy reason", l.getAdequacyReason());
        return fields;
    }

    private static Map<String, String> findingFields(ResistanceFinding f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Status", text(f.getStatus()));
        fields.put("Evidence", f.getEvidence());
        fields.put("Date", text(f.getAssessedOn()));
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }
}
