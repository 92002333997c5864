package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.casework.CaseStatus.CLOSED;
import static org.refract.domain.casework.CaseStatus.DRAFT;
import static org.refract.domain.casework.CaseStatus.FOLLOW_UP;
import static org.refract.domain.casework.CaseStatus.IN_REVIEW;
import static org.refract.domain.casework.CaseStatus.READY_FOR_REVIEW;
import static org.refract.domain.casework.CaseStatus.RECOMMENDATION_ISSUED;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStatusTest {

    /** The complete list of allowed moves; every other pair must be refused. */
    static final Set<String> ALLOWED = Set.of(
            "DRAFT>READY_FOR_REVIEW",
            "READY_FOR_REVIEW>DRAFT",
            "READY_FOR_REVIEW>IN_REVIEW",
            "IN_REVIEW>RECOMMENDATION_ISSUED",
            "IN_REVIEW>READY_FOR_REVIEW",
            "RECOMMENDATION_ISSUED>FOLLOW_UP",
            "RECOMMENDATION_ISSUED>READY_FOR_REVIEW",
            "FOLLOW_UP>CLOSED",
            "FOLLOW_UP>READY_FOR_REVIEW",
            "CLOSED>READY_FOR_REVIEW");

    static Stream<Arguments> allPairs() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(from -> Arrays.stream(CaseStatus.values())
                        .map(to -> Arguments.of(from, to, ALLOWED.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("allPairs")
    void transitions(CaseStatus from, CaseStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
        assertEquals(allowed, from.successors().contains(to));
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void noMoveToNullOrToItself(CaseStatus status) {
        assertFalse(status.canMoveTo(null));
        assertFalse(status.canMoveTo(status));
    }

    @Test
    void tableCoversEveryPair() {
        assertEquals(36, allPairs().count());
        assertEquals(
                ALLOWED.size(), allPairs().filter(a -> (Boolean) a.get()[2]).count());
    }

    @Test
    void onlyClosedIsReadOnly() {
        for (CaseStatus status : CaseStatus.values()) {
            assertEquals(status != CLOSED, status.isEditable(), status.name());
        }
    }

    @Test
    void everyStatusCanGoBackToReviewExceptTheEarlyOnes() {
        for (CaseStatus status : Set.of(IN_REVIEW, RECOMMENDATION_ISSUED, FOLLOW_UP, CLOSED)) {
            assertTrue(status.canMoveTo(READY_FOR_REVIEW), status.name());
        }
        assertTrue(READY_FOR_REVIEW.canMoveTo(DRAFT));
    }

    @Test
    void labelsAreReadable() {
        assertEquals("Ready for review", READY_FOR_REVIEW.label());
        assertEquals("Draft", DRAFT.label());
    }
}
