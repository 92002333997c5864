package org.refract.service.review;

import java.util.List;

/** One case of a meeting as meeting mode shows it: the agenda row, proposals with votes, the recommendation. */
public record ItemDetail(long meetingId, AgendaRow item, List<ProposalRow> proposals,
        RecommendationView recommendation, Long previousItemId, Long nextItemId) implements java.io.Serializable {
}
