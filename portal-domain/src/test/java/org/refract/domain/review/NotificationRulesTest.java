package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;
import static org.refract.domain.review.ReviewFixtures.TODAY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.review.NotificationRules.Notice;

class NotificationRulesTest {

    final ReviewFixtures f = new ReviewFixtures();
    final ClinicalCase clinicalCase = f.readyCase("P-3001"); // the chair is the responsible clinician
    final List<String> team = clinicalCase.getTeam().memberUsernames();

    @Test
    void listingTellsTheResponsibleClinicianUnlessTheyListedIt() {
        AgendaItem item = f.meeting().list(clinicalCase, 15, null);
        List<Notice> notices = NotificationRules.caseListed(item, "r.nurse");
        assertEquals(1, notices.size());
        assertEquals(f.chair, notices.get(0).recipient());
        assertEquals(NotificationKind.CASE_LISTED, notices.get(0).kind());
        assertTrue(
                notices.get(0)
                        .text()
                        .startsWith(
                                "P-3001 is on the agenda of Weekly severe asthma MDT on Thu 26 Nov" + " 2026 14:00"),
                notices.get(0).text());
        assertTrue(NotificationRules.caseListed(item, "r.chair").isEmpty(), "nobody is told what they did");
    }

    @Test
    void mentionTellsEachMentionedMemberButNotTheAuthor() {
        CaseComment comment = new CaseComment(
                clinicalCase, null, f.pharmacist, "@r.chair @r.nurse @r.pharm @n.neuro: refills are fine", NOW, team);
        List<Notice> notices = NotificationRules.mentioned(comment, "Dr r.pharm");
        assertEquals(
                List.of(f.chair, f.nurse),
                notices.stream().map(Notice::recipient).toList());
        assertTrue(notices.stream().allMatch(n -> n.kind() == NotificationKind.MENTION));
        assertEquals(
                "Dr r.pharm mentioned you on P-3001: @r.chair @r.nurse @r.pharm @n.neuro: refills are fine",
                notices.get(0).text());
    }

    @Test
    void signOffTellsOwnersOfTheirActionsAndTheRoomOfTheSignature() {
        Meeting meeting = f.quorateMeetingWith(clinicalCase);
        AgendaItem item = meeting.getAgenda().get(0);
        meeting.discuss(item, "r.chair", NOW);
        item.recommend(
                new RecommendationContent(
                        RecommendationDecision.SWITCH_THERAPY,
                        ReviewFixtures.MEPOLIZUMAB,
                        "Eosinophilic phenotype.",
                        Set.of(ReviewFixtures.ADHERENCE),
                        List.of(
                                new ActionDraft("Refill records", f.pharmacist, TODAY.plusDays(7)),
                                new ActionDraft("Inhaler technique review", f.pharmacist, TODAY.plusDays(14)),
                                new ActionDraft("Book the first dose", f.deputyPharmacist, TODAY.plusDays(10)),
                                new ActionDraft("Letter to GP", f.chair, TODAY.plusDays(3))),
                        TODAY.plusMonths(4)),
                "r.pharm",
                NOW);
        item.signOff(f.chair, TeamRole.CHAIR, NOW);

        List<Notice> notices = NotificationRules.recommendationSigned(item, "r.chair");
        List<Notice> actions = notices.stream()
                .filter(n -> n.kind() == NotificationKind.ACTION_ASSIGNED)
                .toList();
        assertEquals(
                List.of(f.pharmacist, f.deputyPharmacist),
                actions.stream().map(Notice::recipient).toList(),
                "one notice per owner; the signer's own action is no news to them");
        assertEquals(
                "2 actions for you on P-3001, the first due 2026-11-30: Refill records",
                actions.get(0).text());
        assertEquals(
                "Action for you on P-3001: Book the first dose (due 2026-12-03).",
                actions.get(1).text());
        List<Notice> signed = notices.stream()
                .filter(n -> n.kind() == NotificationKind.RECOMMENDATION_SIGNED)
                .toList();
        assertEquals(
                List.of(f.pharmacist, f.nurse),
                signed.stream().map(Notice::recipient).toList(),
                "those present (the chair signed and is the responsible clinician)");
        assertTrue(
                signed.get(0).text().startsWith("Recommendation on P-3001 signed: "),
                signed.get(0).text());
    }

    @Test
    void longTextIsCutToOneShortLine() {
        assertEquals("first line", NotificationRules.excerpt("first line\nsecond"));
        assertEquals(120, NotificationRules.excerpt("y".repeat(300)).length());
    }
}
