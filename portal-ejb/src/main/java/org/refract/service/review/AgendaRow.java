package org.refract.service.review;

import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.Recommendation;

/** One case on an agenda. */
public record AgendaRow(
        long itemId,
        long caseId,
        String pseudonym,
        String conditionName,
        String caseTitle,
        int position,
        int minutes,
        String status,
        boolean carriedOver,
        boolean signed)
        implements java.io.Serializable {

    static AgendaRow of(AgendaItem i) {
        var c = i.getClinicalCase();
        return new AgendaRow(
                i.getId(),
                c.getId(),
                c.getPatient().getPseudonym(),
                c.getCondition().getName(),
                c.getTitle(),
                i.getPosition(),
                i.getMinutes(),
                i.getStatus().name(),
                i.isCarriedOver(),
                i.getRecommendation().map(Recommendation::isSigned).orElse(false));
    }
}
