package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.TeamMembership;
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

    /** The discussion of the case: top-level comments oldest first, each with its replies. */
    public List<CommentRow> thread(long caseId) {
        ClinicalCase clinicalCase = cases.get(caseId);
        Map<String, UserAccount> members = members(clinicalCase);
        Function<String, String> names =
                u -> members.containsKey(u) ? members.get(u).getDisplayName() : u;
        String me = access.caller();
        List<CaseComment> comments = em.createNamedQuery("CaseComment.ofCase", CaseComment.class)
                .setParameter("caseId", caseId)
                .getResultList();
        Map<Long, List<CommentRow>> replies = new LinkedHashMap<>();
        for (CaseComment c : comments) {
            c.getParent()
                    .ifPresent(p -> replies.computeIfAbsent(p.getId(), k -> new ArrayList<>())
                            .add(row(c, names, me, List.of())));
        }
        return comments.stream()
                .filter(c -> c.getParent().isEmpty())
                .map(c -> row(c, names, me, replies.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    /** How many comments the case has and the newest one's id: cheap enough to ask every few seconds. */
    public ThreadMark mark(long caseId) {
        cases.get(caseId);
        Object[] row = em.createNamedQuery("CaseComment.markOfCase", Object[].class)
                .setParameter("caseId", caseId)
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        return count == 0 ? ThreadMark.EMPTY : new ThreadMark(count, ((Number) row[1]).longValue());
    }

    /**
     * Posts a comment, or a reply to {@code replyToId}. Team members mentioned as {@code @username} are notified.
     *
     * @throws org.refract.domain.shared.InvalidInputException on "body" (empty or too long)
     * @throws NotFoundException for a case of another team, or a comment replied to that is not on the case
     */
    public CommentRow post(long caseId, Long replyToId, String body) {
        ClinicalCase clinicalCase = cases.get(caseId);
        CaseComment replyTo = null;
        if (replyToId != null) {
            replyTo = em.find(CaseComment.class, replyToId);
            if (replyTo == null || !replyTo.getClinicalCase().equals(clinicalCase)) {
                throw new NotFoundException("Comment " + replyToId + " was not found.");
            }
        }
        UserAccount author = access.account();
        CaseComment comment = new CaseComment(clinicalCase, replyTo, author, body, clock.instant());
        em.persist(comment);
        em.flush();
        reviewEvents.fire(ReviewEvent.commentPosted(caseId, comment.getId(), author.getUsername()));
        Map<String, UserAccount> members = members(clinicalCase);
        return row(
                comment,
                u -> members.containsKey(u) ? members.get(u).getDisplayName() : u,
                author.getUsername(),
                List.of());
    }

    /** Members of the case's team whose user or display name starts with {@code prefix} (for "@" completion). */
    public List<MentionOption> mentionOptions(long caseId, String prefix) {
        ClinicalCase clinicalCase = cases.get(caseId);
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        return members(clinicalCase).values().stream()
                .filter(u -> u.getUsername().toLowerCase(Locale.ROOT).startsWith(p)
                        || u.getDisplayName().toLowerCase(Locale.ROOT).contains(p))
                .sorted(Comparator.comparing(UserAccount::getUsername))
                .limit(MENTION_OPTIONS)
                .map(u -> new MentionOption(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getDiscipline() == null ? null : u.getDiscipline().name()))
                .toList();
    }

    /** The case's team's members in one statement (walking the team's memberships would take two). */
    private Map<String, UserAccount> members(ClinicalCase clinicalCase) {
        return em.createQuery(
                        "select m from TeamMembership m join fetch m.user u left join fetch u.roles"
                                + " where m.team = :team order by m.teamRole, m.id",
                        TeamMembership.class)
                .setParameter("team", clinicalCase.getTeam())
                .getResultStream()
                .map(TeamMembership::getUser)
                .collect(Collectors.toMap(
                        UserAccount::getUsername, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static CommentRow row(CaseComment c, Function<String, String> names, String me, List<CommentRow> replies) {
        UserAccount author = c.getAuthor();
        return new CommentRow(
                c.getId(),
                c.getParent().map(CaseComment::getId).orElse(null),
                author.getUsername(),
                author.getDisplayName(),
                author.getDiscipline() == null ? null : author.getDiscipline().name(),
                c.getBody(),
                CommentRow.Part.of(Mentions.split(c.getBody(), c.getMentions()), names),
                c.getPostedAt(),
                c.getMentions().contains(me),
                replies);
    }
}
