package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.shared.InvalidInputException;

class CaseCommentTest {

    final ReviewFixtures f = new ReviewFixtures();
    final ClinicalCase clinicalCase = f.readyCase("P-2001");
    final List<String> team = clinicalCase.getTeam().memberUsernames();

    @Test
    void keepsTheTextAndTheTeamMembersItMentions() {
        CaseComment comment = new CaseComment(
                clinicalCase, null, f.chair, "  @r.pharm refills?  @n.neuro is not in the team  ", NOW, team);
        assertEquals("@r.pharm refills?  @n.neuro is not in the team", comment.getBody());
        assertEquals(List.of("r.pharm"), List.copyOf(comment.getMentions()));
        assertTrue(comment.getParent().isEmpty());
    }

    @Test
    void repliesStayOneLevelDeep() {
        CaseComment root = ReviewFixtures.withId(new CaseComment(clinicalCase, null, f.chair, "Start?", NOW, team), 1);
        CaseComment reply =
                ReviewFixtures.withId(new CaseComment(clinicalCase, root, f.pharmacist, "Yes", NOW, team), 2);
        CaseComment replyToReply = new CaseComment(clinicalCase, reply, f.nurse, "Agreed", NOW, team);
        assertSame(root, reply.getParent().orElseThrow());
        assertSame(root, replyToReply.getParent().orElseThrow(), "a reply to a reply joins the same thread");
    }

    @Test
    void refusesEmptyOrTooLongTextAndRepliesAcrossCases() {
        InvalidInputException empty = assertThrows(
                InvalidInputException.class, () -> new CaseComment(clinicalCase, null, f.chair, "   ", NOW, team));
        assertEquals("body", empty.field());
        assertThrows(
                InvalidInputException.class,
                () -> new CaseComment(clinicalCase, null, f.chair, "x".repeat(CaseComment.BODY_MAX + 1), NOW, team));
        CaseComment elsewhere = new CaseComment(f.readyCase("P-2002"), null, f.chair, "Other case", NOW, team);
        InvalidInputException across = assertThrows(
                InvalidInputException.class,
                () -> new CaseComment(clinicalCase, elsewhere, f.chair, "Reply", NOW, team));
        assertEquals("replyTo", across.field());
    }
}
