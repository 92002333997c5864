package org.refract.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One opening of a case by a user. Reading clinical data is access to clinical data, so it is logged like a
 * change. Rows are written once and never changed, hence no version and no Envers history.
 */
@Entity
@Table(name = "case_view")
@NamedQuery(
        name = "CaseView.ofCase",
        query = "select v from CaseView v where v.clinicalCase = :clinicalCase order by v.viewedAt desc, v.id desc")
public class CaseView {

    // A sequence of its own, one id at a time (V26): the service writes the log line with the id drawn inside the
    // insert, one statement per opening (CaseViewLog); the generator is for anything that persists the entity.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_view_seq")
    @SequenceGenerator(name = "case_view_seq", sequenceName = "case_view_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "viewed_at", nullable = false, updatable = false)
    private Instant viewedAt;

    protected CaseView() {
        // for JPA
    }

    public CaseView(ClinicalCase clinicalCase, String username, Instant viewedAt) {
        this.clinicalCase = Objects.requireNonNull(clinicalCase, "The case is required.");
        this.username = Texts.requireUser(username);
        this.viewedAt = Objects.requireNonNull(viewedAt, "The time is required.");
    }

    public Long getId() {
        return id;
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public String getUsername() {
        return username;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
