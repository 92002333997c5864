package org.refract.domain.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * One comment in the team's discussion of a case: plain text (shown escaped), by a member of the case's team, with
 * the members it mentions. A reply hangs under a top-level comment: replying to a reply answers the same thread, so
 * threads stay one level deep and readable on a projector.
 */
@Entity
@Indexed(index = "case_comment")
@Table(name = "case_comment")
@Audited
@NamedQuery(
        name = "CaseComment.ofCase",
        query = "select c.id, c.parent.id, a.username, a.displayName, a.discipline, c.body, c.postedAt"
                + " from CaseComment c join c.author a"
                + " where c.clinicalCase.id = :caseId order by c.postedAt, c.id")
@NamedQuery(
        name = "CaseComment.mentionsOfCase",
        query = "select c.id, m from CaseComment c join c.mentions m where c.clinicalCase.id = :caseId")
@NamedQuery(
        name = "CaseComment.markOfCase",
        query = "select count(c), max(c.id) from CaseComment c where c.clinicalCase.id = :caseId")
public class CaseComment extends BaseEntity {

    public static final int BODY_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ClinicalCase clinicalCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CaseComment parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount author;

    @Column(nullable = false, length = BODY_MAX)
    @FullTextField(projectable = Projectable.YES)
    private String body;

    @ElementCollection
    @CollectionTable(name = "case_comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> mentions = new LinkedHashSet<>();

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected CaseComment() {
        // for JPA
    }

    /**
     * A new comment, or a reply when {@code replyTo} is given; mentions are the team members named in the body
     * (see {@link Mentions}). The team's members come as user names, as the caller read them with the case's access
     * check: a comment needs nothing else of their accounts.
     *
     * @throws InvalidInputException on "body" when empty or longer than {@value #BODY_MAX} characters, on
     *         "replyTo" when the comment replied to belongs to another case
     */
    public CaseComment(
            ClinicalCase clinicalCase,
            CaseComment replyTo,
            UserAccount author,
            String body,
            Instant now,
            Collection<String> teamMembers) {
        this.clinicalCase = Objects.requireNonNull(clinicalCase, "The case is required.");
        this.author = Objects.requireNonNull(author, "The author is required.");
        this.body = ReviewTexts.required(body, BODY_MAX, "body", "Write a comment first.");
        this.postedAt = Objects.requireNonNull(now, "The time is required.");
        if (replyTo != null) {
            if (!replyTo.clinicalCase.equals(clinicalCase)) {
                throw new InvalidInputException("replyTo", "That comment belongs to another case.");
            }
            this.parent = replyTo.parent != null ? replyTo.parent : replyTo;
        }
        this.mentions.addAll(Mentions.parse(this.body, Objects.requireNonNull(teamMembers, "The team is required.")));
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    /** The case, as the search index holds it (a comment never moves to another case). */
    @GenericField(name = "caseId", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Long getCaseId() {
        return clinicalCase.getId();
    }

    /** The case's team, as the search index holds it: a case never changes team, so neither does this. */
    @GenericField(name = "teamId")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Long getTeamId() {
        return clinicalCase.getTeamId();
    }

    /** The top-level comment this one replies to; empty for a top-level comment. */
    public Optional<CaseComment> getParent() {
        return Optional.ofNullable(parent);
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    /** User names of the team members mentioned, in order of appearance. */
    public Set<String> getMentions() {
        return Collections.unmodifiableSet(mentions);
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
