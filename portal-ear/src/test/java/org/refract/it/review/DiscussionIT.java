package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.review.ReviewAccounts.CHAIR;
import static org.refract.it.review.ReviewAccounts.PHARMACIST;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.shared.InvalidInputException;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.SqlStatements;
import org.refract.it.SqlStatements.Measured;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;
import org.refract.service.review.CommentRow;
import org.refract.service.review.DiscussionService;
import org.refract.service.review.NotificationRow;
import org.refract.service.review.NotificationService;
import org.refract.service.review.ThreadMark;
import org.refract.service.search.SearchHit;
import org.refract.service.search.SearchService;
import org.refract.service.shared.NotFoundException;

/**
 * The discussion of a case through the services: threads one level deep, mentions of team members notified (the
 * author and strangers not), every comment in the audit history, and a member of another team shut out of reading
 * and writing alike.
 */
@ExtendWith(ArquillianExtension.class)
class DiscussionIT {

    static final String OTHER_TEAM = "neuro.neuro";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    DiscussionService discussion;

    @EJB
    NotificationService notifications;

    @EJB
    ReviewAudit audit;

    @EJB
    SearchService search;

    @PersistenceContext
    EntityManager em;

    long caseId;

    @BeforeEach
    void aRespiratoryCase() throws Exception {
        CaseDetail created = as.call(
                PULMONOLOGIST,
                () -> cases.create(new NewCase(
                        new PatientRequest(null, 1964, "F"),
                        "severe-asthma",
                        "respiratory",
                        null,
                        "For the discussion test",
                        List.of(),
                        List.of(),
                        List.of())));
        caseId = created.id();
    }

    @Test
    void membersDiscussInThreadsAndMentionsReachTheMentioned() throws Exception {
        long pharmacistUnread = as.call(PHARMACIST, () -> notifications.unreadCount());
        CommentRow first = as.call(
                PULMONOLOGIST,
                () -> discussion.post(
                        caseId,
                        null,
                        "@resp.pharm could you check the refill records? <script>alert(1)</script> @neuro.neuro"));
        assertEquals(
                List.of(
                        "@resp.pharm",
                        " could you check the refill records? <script>alert(1)</script> " + "@neuro.neuro"),
                first.parts().stream().map(CommentRow.Part::text).toList(),
                "only the team member is a mention; the text is kept as typed (the page escapes it)");
        CommentRow reply = as.call(PHARMACIST, () -> discussion.post(caseId, first.id(), "Refills are regular."));
        CommentRow replyToReply = as.call(CHAIR, () -> discussion.post(caseId, reply.id(), "Thanks, @RESP.PULM."));
        as.call(CHAIR, () -> discussion.post(caseId, null, "Second topic"));

        List<CommentRow> thread = as.call(PHARMACIST, () -> discussion.thread(caseId));
        assertEquals(2, thread.size());
        assertEquals(
                List.of(reply.id(), replyToReply.id()),
                thread.get(0).replies().stream().map(CommentRow::id).toList(),
                "replies stay one level deep");
        assertTrue(thread.get(0).mentionsMe(), "the pharmacist sees the comment that mentions them marked");
        assertEquals(new ThreadMark(4, thread.get(1).id()), as.call(CHAIR, () -> discussion.mark(caseId)));

        assertEquals(pharmacistUnread + 1, as.call(PHARMACIST, () -> notifications.unreadCount()));
        NotificationRow mention =
                as.call(PHARMACIST, () -> notifications.recentMentions(1)).get(0);
        assertEquals("MENTION", mention.kind());
        assertEquals(caseId, mention.caseId());
        assertTrue(mention.text().contains("mentioned you on"), mention.text());
        assertEquals(
                1,
                as.call(PULMONOLOGIST, () -> notifications.recentMentions(10)).stream()
                        .filter(n -> caseId == n.caseId())
                        .count(),
                "the chair's reply mentioned the pulmonologist");
        assertTrue(
                as.call(CHAIR, () -> notifications.recentMentions(10)).stream().noneMatch(n -> caseId == n.caseId()),
                "the chair was not mentioned");
        assertTrue(as.call(PHARMACIST, () -> discussion.mentionOptions(caseId, "resp.ph")).stream()
                .anyMatch(o -> o.username().equals(PHARMACIST)));
        assertTrue(as.call(PHARMACIST, () -> discussion.mentionOptions(caseId, "neuro"))
                .isEmpty());

        assertEquals(1, audit.auditRows("case_comment_aud", "id", first.id()));
        assertEquals(4, audit.auditRows("case_comment_aud", "case_id", caseId), "every comment is on the record");
        assertEquals(1, audit.auditRows("case_comment_mention_aud", "comment_id", first.id()));
    }

    /**
     * The discussion reads names, not accounts: no statement of a post, a reply, the thread, its mark or the mention
     * completion selects a password hash, and the thread costs three statements however long it is. (A post that
     * mentions someone still reads the accounts of the team to notify them: a notification holds its recipient.)
     */
    @Test
    void theDiscussionReadsNamesNotAccounts() throws Exception {
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));
        Measured<CommentRow> first =
                as.call(PULMONOLOGIST, () -> sql.measure(() -> discussion.post(caseId, null, "Refills?")));
        Measured<CommentRow> reply = as.call(
                PHARMACIST,
                () -> sql.measure(() -> discussion.post(caseId, first.result().id(), "Regular.")));
        Measured<List<CommentRow>> thread = as.call(CHAIR, () -> sql.measure(() -> discussion.thread(caseId)));
        Measured<ThreadMark> mark = as.call(CHAIR, () -> sql.measure(() -> discussion.mark(caseId)));
        Measured<?> options = as.call(CHAIR, () -> sql.measure(() -> discussion.mentionOptions(caseId, "resp")));

        assertEquals("Regular.", thread.result().get(0).replies().get(0).body());
        assertEquals(new ThreadMark(2, reply.result().id()), mark.result());
        for (Measured<?> measured : List.of(first, reply, thread, mark, options)) {
            assertTrue(
                    measured.statements().stream().noneMatch(q -> q.contains("password_hash")),
                    () -> "no password hash is read: " + measured);
        }
        assertEquals(3, thread.count(), thread::toString);
    }

    @Test
    void anotherTeamCanNeitherReadNorWrite() throws Exception {
        CommentRow comment = as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "Team only"));
        List<Executable> everything = List.of(
                () -> as.call(OTHER_TEAM, () -> discussion.thread(caseId)),
                () -> as.call(OTHER_TEAM, () -> discussion.mark(caseId)),
                () -> as.call(OTHER_TEAM, () -> discussion.post(caseId, null, "Let me in")),
                () -> as.call(OTHER_TEAM, () -> discussion.post(caseId, comment.id(), "Reply")),
                () -> as.call(OTHER_TEAM, () -> discussion.mentionOptions(caseId, "")));
        for (Executable operation : everything) {
            assertThrows(NotFoundException.class, operation);
        }
        assertEquals(1, as.call(PULMONOLOGIST, () -> discussion.thread(caseId)).size(), "nothing was added");
        assertEquals(1, audit.auditRows("case_comment_aud", "case_id", caseId));
    }

    @Test
    void commentsFindTheirCaseInSearchForTheTeamOnly() throws Exception {
        String word = "zorblax" + System.nanoTime() % 100_000;
        as.call(PHARMACIST, () -> discussion.post(caseId, null, "Check the " + word + " level before the MDT."));
        List<SearchHit> hits = as.call(PULMONOLOGIST, () -> search.search(word)).cases();
        assertEquals(
                List.of(String.valueOf(caseId)),
                hits.stream().map(SearchHit::key).toList());
        assertTrue(
                hits.get(0).snippetHtml().contains("<mark>" + word + "</mark>"),
                hits.get(0).snippetHtml());
        assertTrue(as.call(OTHER_TEAM, () -> search.search(word)).cases().isEmpty(), "another team finds nothing");
    }

    @Test
    void emptyCommentsAndRepliesToAnotherCaseAreRefused() throws Exception {
        Throwable empty =
                assertThrows(Exception.class, () -> as.call(PULMONOLOGIST, () -> discussion.post(caseId, null, "   ")));
        Throwable cause = empty instanceof jakarta.ejb.EJBException ? empty.getCause() : empty;
        assertTrue(cause instanceof InvalidInputException, String.valueOf(cause));
        assertEquals("body", ((InvalidInputException) cause).field());

        CaseDetail other = as.call(
                PULMONOLOGIST,
                () -> cases.create(new NewCase(
                        new PatientRequest(null, 1980, "M"),
                        "severe-asthma",
                        "respiratory",
                        null,
                        "Another case",
                        List.of(),
                        List.of(),
                        List.of())));
        CommentRow elsewhere = as.call(PULMONOLOGIST, () -> discussion.post(other.id(), null, "Elsewhere"));
        assertThrows(
                NotFoundException.class,
                () -> as.call(PULMONOLOGIST, () -> discussion.post(caseId, elsewhere.id(), "Wrong thread")));
        assertFalse(as.call(PULMONOLOGIST, () -> discussion.thread(caseId)).stream()
                .anyMatch(c -> c.body().equals("Wrong thread")));
    }
}
