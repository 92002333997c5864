package org.refract.service.analytics;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of the analytics page for one request.
 *
 * @param casesByStatus cases opened in the period, by condition and status
 * @param refractoryAtDecision recommendations signed in the period by the case's refractory status at signing
 *     (MET, NOT_MET, INSUFFICIENT_DATA, NOT_RECORDED)
 * @param confirmedFactors the ten resistance factors most often confirmed in the period
 * @param decisionTime time from referral to decision
 * @param meetings meetings held and cases decided
 * @param switchOutcomes therapies started after a signed recommendation to switch or add them, by response, with
 *     {@code STOPPED} for those already stopped
 */
public record TeamAnalyticsDetail(
        AnalyticsRequest request,
        List<StatusCountRow> casesByStatus,
        List<CountRow> refractoryAtDecision,
        List<CountRow> confirmedFactors,
        DecisionTimeRow decisionTime,
        MeetingActivityRow meetings,
        List<CountRow> switchOutcomes)
        implements Serializable {

    /** The share of decisions on cases that met the refractory definition, 0 to 1; null without decisions. */
    public Double refractoryShare() {
        long all = refractoryAtDecision.stream().mapToLong(CountRow::count).sum();
        long met = refractoryAtDecision.stream()
                .filter(r -> "MET".equals(r.code()))
                .mapToLong(CountRow::count)
                .sum();
        return all == 0 ? null : (double) met / all;
    }
}
