package org.refract.service.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the outcome letter to the referring clinician says, taken from the signed, structured record. It names the
 * case by its pseudonym only: the portal holds no patient names, and the letter must not invite anyone to add one.
 *
 * @param present the members who sat in the meeting, as "name, discipline"
 * @param considered every therapy the team voted on, with its tally
 */
public record OutcomeLetter(
        String caseCode,
        String conditionName,
        String teamName,
        String meetingTitle,
        LocalDateTime meetingStartsAt,
        String decisionLabel,
        String therapyName,
        String rationale,
        List<String> factorsToAddress,
        List<Action> actions,
        LocalDate followUpOn,
        String minutes,
        List<Considered> considered,
        List<String> present,
        String signedBy,
        Instant signedAt,
        List<Correction> corrections,
        LocalDate issuedOn)
        implements java.io.Serializable {

    public OutcomeLetter {
        factorsToAddress = List.copyOf(factorsToAddress);
        actions = List.copyOf(actions);
        considered = List.copyOf(considered);
        present = List.copyOf(present);
        corrections = List.copyOf(corrections);
    }

    /** An action item: what, who, by when. */
    public record Action(String description, String owner, LocalDate dueDate) implements java.io.Serializable {}

    /** A therapy proposed in the meeting and how the members present voted. */
    public record Considered(
            String therapyName, String rationale, String evidence, int support, int oppose, int abstain)
            implements java.io.Serializable {}

    /** A dated addendum to the signed recommendation. */
    public record Correction(String text, String writtenBy, Instant writtenAt) implements java.io.Serializable {}

    /** The file name offered for download, e.g. {@code outcome-P-1001-2026-11-26.pdf}. */
    public String fileName() {
        return "outcome-" + caseCode.replaceAll("[^A-Za-z0-9-]", "") + "-" + meetingStartsAt.toLocalDate() + ".pdf";
    }
}
