package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;

import org.junit.jupiter.api.Test;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

class VoteTallyTest {

    private final ReviewFixtures f = new ReviewFixtures();
    private final Meeting meeting = f.quorateMeetingWith(f.readyCase("P-1001"));
    private final AgendaItem item = meeting.getAgenda().get(0);

    @Test
    void countsEachMembersLatestVote() {
        TherapyProposal proposal = item.propose(ReviewFixtures.MEPOLIZUMAB, "IL-5 pathway", "GINA 2024", f.chair, NOW);
        proposal.vote(f.chair, VoteChoice.SUPPORT, null, NOW);
        proposal.vote(f.pharmacist, VoteChoice.OPPOSE, "Check adherence first", NOW);
        proposal.vote(f.nurse, VoteChoice.ABSTAIN, null, NOW);
        assertEquals(new VoteTally(1, 1, 1), proposal.tally());
        assertFalse(proposal.tally().carried());

        proposal.vote(f.pharmacist, VoteChoice.SUPPORT, "Refill records are fine", NOW);
        assertEquals(new VoteTally(2, 0, 1), proposal.tally());
        assertEquals(3, proposal.tally().total());
        assertTrue(proposal.tally().carried());
        assertEquals(
                "Refill records are fine",
                proposal.voteOf(f.pharmacist).orElseThrow().getNote().orElseThrow());
    }

    @Test
    void proposalNeedsATherapyOfTheConditionAndARationale() {
        assertThrows(InvalidInputException.class, () -> item.propose(null, "Why", null, f.chair, NOW));
        assertThrows(
                InvalidInputException.class, () -> item.propose(ReviewFixtures.RITUXIMAB, "Why", null, f.chair, NOW));
        InvalidInputException noRationale = assertThrows(
                InvalidInputException.class, () -> item.propose(ReviewFixtures.MEPOLIZUMAB, "  ", null, f.chair, NOW));
        assertEquals("rationale", noRationale.field());
    }

    @Test
    void noVotingAfterTheMeetingIsClosed() {
        TherapyProposal proposal = item.propose(ReviewFixtures.MEPOLIZUMAB, "IL-5 pathway", null, f.chair, NOW);
        meeting.close("r.chair", NOW);
        assertThrows(InvalidStateException.class, () -> proposal.vote(f.chair, VoteChoice.SUPPORT, null, NOW));
    }
}
