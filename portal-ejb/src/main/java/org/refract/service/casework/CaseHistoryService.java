package org.refract.service.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.refract.domain.identity.Role;
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
    public List<HistoryEntry> history(long caseId) {
        access.get(caseId);
        AuditReader reader = AuditReaderFactory.get(em);
        List<HistoryEntry> entries = new ArrayList<>();
        entries.addAll(diff(reader.createQuery().forRevisionsOfEntity(ClinicalCase.class, false, true)
                .add(AuditEntity.id().eq(caseId)), c -> "Case", CaseHistoryService::caseFields));
        entries.addAll(diff(reader.createQuery().forRevisionsOfEntity(Observation.class, false, true)
                .add(AuditEntity.relatedId("clinicalCase").eq(caseId)),
                o -> "Measurement " + o.getInstrument().getShortName(), CaseHistoryService::observationFields));
        entries.addAll(diff(reader.createQuery().forRevisionsOfEntity(TreatmentLine.class, false, true)
                .add(AuditEntity.relatedId("clinicalCase").eq(caseId)),
                l -> "Treatment " + l.getTherapy().getName(), CaseHistoryService::lineFields));
        entries.addAll(diff(reader.createQuery().forRevisionsOfEntity(ResistanceFinding.class, false, true)
                .add(AuditEntity.relatedId("clinicalCase").eq(caseId)),
                f -> "Resistance factor " + f.getFactor().getName(), CaseHistoryService::findingFields));
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed()
                .thenComparing(HistoryEntry::subject));
        return entries;
    }

    /** Who opened the case, newest first (the last 200 openings). */
    public List<CaseViewRow> viewLog(long caseId) {
        access.get(caseId);
        return em.createQuery("select new org.refract.service.casework.CaseViewRow(v.username, v.viewedAt)"
                        + " from CaseView v where v.clinicalCase.id = :id order by v.viewedAt desc", CaseViewRow.class)
                .setParameter("id", caseId).setMaxResults(VIEW_LOG_LIMIT).getResultList();
    }

    @SuppressWarnings("unchecked")
    private static <T extends BaseEntity> List<HistoryEntry> diff(AuditQuery query, Function<T, String> subject,
            Function<T, Map<String, String>> fields) {
        List<Object[]> revisions = query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, Map<String, String>> previous = new LinkedHashMap<>();
        Map<Long, String> subjects = new LinkedHashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
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
                entries.add(new HistoryEntry(revision.getRev(), revision.getTimestamp(), revision.getUsername(), name,
                        switch (type) {
                            case ADD -> "ADDED";
                            case MOD -> "CHANGED";
                            case DEL -> "REMOVED";
                        }, changes));
            }
        }
        return entries;
    }

    private static Map<String, String> caseFields(ClinicalCase c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", c.getTitle());
        fields.put("Summary", c.getSummary());
        fields.put("Status", text(c.getStatus()));
        fields.put("Responsible clinician", c.getClinician() == null ? null : c.getClinician().getDisplayName());
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
