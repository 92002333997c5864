package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.CaseComment;
import org.refract.domain.review.Mentions;
import org.refract.service.casework.CaseAccess;
import org.refract.service.shared.NotFoundException;

/**
 * The team's discussion of a case: threaded comments with {@code @mentions}. Only members of the case's team read
 * or write it; for everyone else the case does not exist (as everywhere else). Comments are audited and never
 * edited, so the discussion stays on the record as it was held.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class DiscussionService {

    /** Members offered for a mention at once; typing narrows the list. */
    static final int MENTION_OPTIONS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseAccess cases;

    @Inject
    MeetingAccess access;

    @Inject
    Event<ReviewEvent> reviewEvents;

    /**
     * The discussion of the case: top-level comments oldest first, each with its replies. Three statements whatever
     * its length (the team's members, which is the check that the caller is one of them; the comments with their
     * authors' names; their mentions), two while there are no comments. No account is read, only names.
     */
    public List<CommentRow> thread(long caseId) {
        Map<String, DiscussionMember> members = members(caseId);
        String me = access.caller();
        List<Line> lines = em.createNamedQuery("CaseComment.ofCase", Object[].class)
                .setParameter("caseId", caseId)
                .getResultStream()
                .map(Line::of)
                .toList();
        Map<Long, Set<String>> mentions = lines.isEmpty() ? Map.of() : mentions(caseId);
        Map<Long, List<CommentRow>> replies = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.parentId() != null) {
                replies.computeIfAbsent(line.parentId(), k -> new ArrayList<>())
                        .add(line.row(mentions.getOrDefault(line.id(), Set.of()), members, me, List.of()));
            }
        }
        return lines.stream()
                .filter(line -> line.parentId() == null)
                .map(line -> line.row(
                        mentions.getOrDefault(line.id(), Set.of()),
                        members,
                        me,
                        replies.getOrDefault(line.id(), List.of())))
                .toList();
    }

    /**
     * How many comments the case has and the newest one's id: cheap enough to ask every few seconds (two statements:
     * the caller's access to the case, and the count).
     */
    public ThreadMark mark(long caseId) {
        cases.requireReadable(caseId);
        Object[] row = em.createNamedQuery("CaseComment.markOfCase", Object[].class)
                .setParameter("caseId", caseId)
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        return count == 0 ? ThreadMark.EMPTY : new ThreadMark(count, ((Number) row[1]).longValue());
    }

    /**
     * Posts a comment, or a reply to {@code replyToId}. Team members mentioned as {@code @username} are notified.
     * The case and the author are referred to by id: neither the case nor an account is read to write the comment.
     *
     * @throws org.refract.domain.shared.InvalidInputException on "body" (empty or too long)
     * @throws NotFoundException for a case of another team, or a comment replied to that is not on the case
     */
    public CommentRow post(long caseId, Long replyToId, String body) {
        Map<String, DiscussionMember> members = members(caseId);
        DiscussionMember author = members.get(access.caller());
        CaseComment replyTo = null;
        if (replyToId != null) {
            replyTo = em.find(CaseComment.class, replyToId);
            if (replyTo == null || replyTo.getCaseId() != caseId) {
                throw new NotFoundException("Comment " + replyToId + " was not found.");
            }
        }
        CaseComment comment = new CaseComment(
                em.getReference(ClinicalCase.class, caseId),
                replyTo,
                em.getReference(UserAccount.class, author.id()),
                body,
                clock.instant(),
                members.keySet());
        em.persist(comment);
        em.flush();
        reviewEvents.fire(ReviewEvent.commentPosted(caseId, comment.getId(), author.username()));
        return new Line(
                        comment.getId(),
                        comment.getParent().map(CaseComment::getId).orElse(null),
                        author.username(),
                        author.displayName(),
                        author.discipline(),
                        comment.getBody(),
                        comment.getPostedAt())
                .row(comment.getMentions(), members, author.username(), List.of());
    }

    /** Members of the case's team whose user or display name starts with {@code prefix} (for "@" completion). */
    public List<MentionOption> mentionOptions(long caseId, String prefix) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        return members(caseId).values().stream()
                .filter(u -> u.username().toLowerCase(Locale.ROOT).startsWith(p)
                        || u.displayName().toLowerCase(Locale.ROOT).contains(p))
                .sorted(Comparator.comparing(DiscussionMember::username))
                .limit(MENTION_OPTIONS)
                .map(u -> new MentionOption(
                        u.username(),
                        u.displayName(),
                        u.discipline() == null ? null : u.discipline().name()))
                .toList();
    }

    /**
     * The case's team's members by user name, in one statement that is also the check that the caller is one of
     * them: names only, no account.
     *
     * @throws NotFoundException for a case of another team (or none)
     */
    private Map<String, DiscussionMember> members(long caseId) {
        Map<String, DiscussionMember> members = em.createQuery(
                        "select new org.refract.service.review.DiscussionMember(u.id, u.username, u.displayName,"
                                + " u.discipline) from TeamMembership m join m.user u"
                                + " where m.team = " + CaseAccess.TEAM_OF_READABLE_CASE
                                + " order by m.teamRole, m.id",
                        DiscussionMember.class)
                .setParameter("id", caseId)
                .setParameter("caller", access.caller())
                .getResultStream()
                .collect(Collectors.toMap(
                        DiscussionMember::username, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        if (members.isEmpty()) {
            throw CaseAccess.notFound(caseId);
        }
        return members;
    }

    /** The members each comment of the case mentions, by comment id, in one statement. */
    private Map<Long, Set<String>> mentions(long caseId) {
        Map<Long, Set<String>> mentions = new HashMap<>();
        for (Object[] row : em.createNamedQuery("CaseComment.mentionsOfCase", Object[].class)
                .setParameter("caseId", caseId)
                .getResultList()) {
            mentions.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        return mentions;
    }

    /** A comment as {@code CaseComment.ofCase} reads it: its author's names, not their account. */
    private record Line(
            long id,
            Long parentId,
            String authorUsername,
            String authorName,
            Discipline authorDiscipline,
            String body,
            Instant postedAt) {

        static Line of(Object[] row) {
            return new Line(
                    (Long) row[0],
                    (Long) row[1],
                    (String) row[2],
                    (String) row[3],
                    (Discipline) row[4],
                    (String) row[5],
                    (Instant) row[6]);
        }

        /** The comment as the page shows it: mentions by their display names, marked when they name me. */
        CommentRow row(
                Set<String> mentions, Map<String, DiscussionMember> members, String me, List<CommentRow> replies) {
            Function<String, String> names =
                    u -> members.containsKey(u) ? members.get(u).displayName() : u;
            return new CommentRow(
                    id,
                    parentId,
                    authorUsername,
                    authorName,
                    authorDiscipline == null ? null : authorDiscipline.name(),
                    body,
                    CommentRow.Part.of(Mentions.split(body, mentions), names),
                    postedAt,
                    mentions.contains(me),
                    replies);
        }
    }
}
