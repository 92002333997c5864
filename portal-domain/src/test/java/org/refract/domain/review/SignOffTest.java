package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;
import static org.refract.domain.review.ReviewFixtures.TODAY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

class SignOffTest {

    private final ReviewFixtures f = new ReviewFixtures();
    private final Meeting meeting = f.quorateMeetingWith(f.readyCase("P-1001"));
    private final AgendaItem item = meeting.getAgenda().get(0);

    @Test
    void chairSignsAQuorateDecisionAndTheCaseIsIssued() {
        meeting.discuss(item, "r.chair", NOW);
        Recommendation recommendation = item.recommend(withAction(), "r.pharm", NOW);
        item.signOff(f.chair, TeamRole.CHAIR, NOW);

        assertTrue(recommendation.isSigned());
        assertEquals(f.chair, recommendation.getSignedBy().orElseThrow());
        assertEquals(AgendaItemStatus.DECIDED, item.getStatus());
        assertEquals(CaseStatus.RECOMMENDATION_ISSUED, item.getClinicalCase().getStatus());
    }

    @Test
    void theRefractoryStatusAtSigningIsRecordedWithTheRecommendation() {
        meeting.discuss(item, "r.chair", NOW);
        Recommendation recommendation = item.recommend(withAction(), "r.pharm", NOW);
        assertTrue(recommendation.getRefractoryAtSigning().isEmpty(), "a draft records nothing");

        item.signOff(f.chair, TeamRole.CHAIR, NOW, "MET");

        assertEquals("MET", recommendation.getRefractoryAtSigning().orElseThrow());
    }

    @Test
    void signedRecommendationIsLockedAndCorrectedOnlyByAddenda() {
        meeting.discuss(item, "r.chair", NOW);
        Recommendation recommendation = item.recommend(withAction(), "r.pharm", NOW);
        assertThrows(InvalidStateException.class, () -> recommendation.addAddendum("Too early", "r.chair", NOW));
        item.signOff(f.chair, TeamRole.CHAIR, NOW);

        assertThrows(
                InvalidStateException.class,
                () -> item.recommend(ReviewFixtures.switchTo(ReviewFixtures.DUPILUMAB), "r.chair", NOW));
        assertThrows(InvalidStateException.class, () -> item.signOff(f.chair, TeamRole.CHAIR, NOW));
        assertThrows(
                InvalidStateException.class,
                () -> item.propose(ReviewFixtures.DUPILUMAB, "Later idea", null, f.pharmacist, NOW));
        assertEquals(ReviewFixtures.MEPOLIZUMAB, recommendation.getTherapy().orElseThrow());

        Addendum addendum =
                recommendation.addAddendum("Dose interval corrected to 4-weekly.", "r.chair", NOW.plusSeconds(3600));
        assertEquals(List.of(addendum), recommendation.getAddenda());
        assertEquals(NOW.plusSeconds(3600), addendum.getWrittenAt());
    }

    @Test
    void onlyTheChairSigns() {
        meeting.discuss(item, "r.chair", NOW);
        item.recommend(withAction(), "r.pharm", NOW);
        assertThrows(InvalidStateException.class, () -> item.signOff(f.nurse, TeamRole.COORDINATOR, NOW));
        assertThrows(InvalidStateException.class, () -> item.signOff(f.pharmacist, TeamRole.MEMBER, NOW));
        assertFalse(item.getRecommendation().orElseThrow().isSigned());
    }

    @Test
    void signOffRefusedWithoutQuorum() {
        meeting.discuss(item, "r.chair", NOW);
        item.recommend(withAction(), "r.pharm", NOW);
        meeting.recordAttendance(f.pharmacist, AttendanceStatus.ABSENT, null, "r.nurse", NOW);

        InvalidStateException refused =
                assertThrows(InvalidStateException.class, () -> item.signOff(f.chair, TeamRole.CHAIR, NOW));
        assertTrue(refused.getMessage().contains("not quorate"), refused.getMessage());
        assertTrue(refused.getMessage().contains("PHARMACIST"), refused.getMessage());
        assertEquals(CaseStatus.IN_REVIEW, item.getClinicalCase().getStatus());
    }

    @Test
    void signOffNeedsADraftAndADiscussion() {
        assertThrows(InvalidStateException.class, () -> item.signOff(f.chair, TeamRole.CHAIR, NOW));
        item.recommend(withAction(), "r.pharm", NOW);
        assertThrows(InvalidStateException.class, () -> item.signOff(f.chair, TeamRole.CHAIR, NOW));
    }

    @Test
    void switchingNeedsATherapyOfTheCasesCondition() {
        InvalidInputException missing = assertThrows(
                InvalidInputException.class, () -> item.recommend(ReviewFixtures.switchTo(null), "r.chair", NOW));
        assertEquals("therapy", missing.field());
        InvalidInputException wrong = assertThrows(
                InvalidInputException.class,
                () -> item.recommend(ReviewFixtures.switchTo(ReviewFixtures.RITUXIMAB), "r.chair", NOW));
        assertEquals("therapy", wrong.field());
        InvalidInputException factor = assertThrows(
                InvalidInputException.class,
                () -> item.recommend(
                        new RecommendationContent(
                                RecommendationDecision.INVESTIGATE_FURTHER,
                                null,
                                "CT first",
                                Set.of(ReviewFixtures.THYMOMA),
                                List.of(),
                                null),
                        "r.chair",
                        NOW));
        assertEquals("factorsToAddress", factor.field());
        Recommendation ok = item.recommend(
                new RecommendationContent(
                        RecommendationDecision.INVESTIGATE_FURTHER,
                        null,
                        "Induced sputum first",
                        Set.of(),
                        List.of(),
                        null),
                "r.chair",
                NOW);
        assertTrue(ok.getTherapy().isEmpty());
    }

    @Test
    void actionItemsNeedOwnerAndDueDateAndBecomeOverdue() {
        InvalidInputException noOwner = assertThrows(
                InvalidInputException.class,
                () -> item.recommend(
                        new RecommendationContent(
                                RecommendationDecision.CONTINUE,
                                null,
                                "Stable",
                                Set.of(),
                                List.of(new ActionDraft("Check inhaler technique", null, TODAY)),
                                null),
                        "r.chair",
                        NOW));
        assertEquals("actions[0].owner", noOwner.field());

        meeting.discuss(item, "r.chair", NOW);
        Recommendation recommendation = item.recommend(withAction(), "r.chair", NOW);
        ActionItem action = recommendation.getActions().get(0);
        assertThrows(InvalidStateException.class, () -> action.complete("r.pharm", NOW));
        item.signOff(f.chair, TeamRole.CHAIR, NOW);
        assertFalse(action.isOverdueOn(TODAY.plusDays(7)));
        assertTrue(action.isOverdueOn(TODAY.plusDays(8)));
        action.complete("r.pharm", NOW);
        assertFalse(action.isOverdueOn(TODAY.plusDays(30)));
    }

    private RecommendationContent withAction() {
        return new RecommendationContent(
                RecommendationDecision.SWITCH_THERAPY,
                ReviewFixtures.MEPOLIZUMAB,
                "Eosinophilic phenotype.",
                Set.of(ReviewFixtures.ADHERENCE),
                List.of(new ActionDraft("Refill records from community pharmacy", f.pharmacist, TODAY.plusDays(7))),
                TODAY.plusMonths(4));
    }
}
