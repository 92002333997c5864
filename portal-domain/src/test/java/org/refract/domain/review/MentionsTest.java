package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionsTest {

    static final List<String> MEMBERS = List.of("resp.pulm", "resp.pharm", "resp.chair", "Nurse_Jo");

    @Test
    void findsMembersInOrderOfAppearanceOnce() {
        assertEquals(
                List.of("resp.pharm", "resp.pulm"),
                List.copyOf(Mentions.parse(
                        "@resp.pharm can you check refills? @resp.pulm agrees, @resp.pharm please", MEMBERS)));
    }

    @Test
    void ignoresCaseAndSpellsTheMemberAsStored() {
        assertEquals(Set.of("resp.chair", "Nurse_Jo"), Mentions.parse("@RESP.CHAIR and @nurse_jo", MEMBERS));
    }

    @Test
    void sentencePunctuationAfterAMentionIsNotPartOfIt() {
        assertEquals(
                List.of("resp.pharm", "resp.pulm"),
                List.copyOf(Mentions.parse("Ask @resp.pharm. Then @resp.pulm, then me.", MEMBERS)));
        assertEquals(Set.of("resp.pulm"), Mentions.parse("(@resp.pulm)", MEMBERS));
        assertEquals(Set.of("resp.pulm"), Mentions.parse("@resp.pulm: what do you think?", MEMBERS));
    }

    @Test
    void nonMembersAddressesAndLoneAtSignsAreNoMentions() {
        assertTrue(Mentions.parse("@neuro.neuro and resp.pulm@example.org and @ 3 pm and @@resp.pulm", MEMBERS)
                .isEmpty());
        assertTrue(Mentions.parse("", MEMBERS).isEmpty());
        assertTrue(Mentions.parse(null, MEMBERS).isEmpty());
        assertTrue(Mentions.parse("@resp.pulm", List.of()).isEmpty());
    }

    @Test
    void mentionMustEndAtTheName() {
        assertTrue(Mentions.parse("@resp.pulmonary", MEMBERS).isEmpty(), "a longer name is someone else");
    }

    @Test
    void splitKeepsTheTextAndMarksTheMentions() {
        String text = "Agree with @resp.pharm. <b>FeNO</b> 45 @nobody";
        List<Mentions.Segment> segments = Mentions.split(text, MEMBERS);
        assertEquals(text, segments.stream().map(Mentions.Segment::text).collect(Collectors.joining()));
        assertEquals(
                List.of("Agree with ", "@resp.pharm", ". <b>FeNO</b> 45 @nobody"),
                segments.stream().map(Mentions.Segment::text).toList());
        assertEquals("resp.pharm", segments.get(1).mention());
        assertTrue(segments.get(1).isMention());
    }
}
