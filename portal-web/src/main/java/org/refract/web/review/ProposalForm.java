package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.refract.domain.review.VoteChoice;
import org.refract.service.review.ProposalRequest;
import org.refract.service.review.RecommendationService;
import org.refract.web.shared.Messages;

/**
 * Therapy proposals of the case on the meeting-mode screen ({@link MeetingCaseBacking}): a new proposal with its
 * rationale and evidence, the members' votes with an optional note, and the live tally.
 */
@Named
@ViewScoped
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService recommendations;

    @Inject
    MeetingCaseBacking page;

    private String proposalTherapy;
    private String proposalRationale;
    private String proposalEvidence;
    private final Map<Long, String> voteNotes = new HashMap<>();

    public void propose() {
        ProposalRequest proposal = new ProposalRequest(proposalTherapy, proposalRationale, proposalEvidence);
        MeetingCaseBacking.refusalsAsMessages()
                .fieldsUnder("proposal")
                .call(() -> recommendations.propose(
                        page.getMeeting().id(), page.getItem().item().itemId(), proposal))
                .ifPresent(saved -> {
                    page.itemChanged(saved);
                    proposalTherapy = null;
                    proposalRationale = null;
                    proposalEvidence = null;
                    Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "review.proposal.added");
                });
    }

    public void vote(long proposalId, String choice) {
        String note = voteNotes.get(proposalId);
        // A vote has no field of its own: every refusal is a message at the top.
        MeetingCaseBacking.refusalsAsMessages()
                .fields(field -> null)
                .call(() -> recommendations.vote(page.getMeeting().id(), proposalId, VoteChoice.valueOf(choice), note))
                .ifPresent(saved -> {
                    page.itemChanged(saved);
                    voteNotes.remove(proposalId);
                    Messages.addGlobalInfo(
                            FacesContext.getCurrentInstance(),
                            "review.vote.saved",
                            Messages.text(FacesContext.getCurrentInstance(), "review.vote." + choice));
                });
    }

    /** A share of the votes cast, for the tally bar (0 when nobody has voted). */
    public int percent(int count, int support, int oppose, int abstain) {
        int total = support + oppose + abstain;
        return total == 0 ? 0 : Math.round(100f * count / total);
    }

    public String getProposalTherapy() {
        return proposalTherapy;
    }

    public void setProposalTherapy(String proposalTherapy) {
        this.proposalTherapy = proposalTherapy;
    }

    public String getProposalRationale() {
        return proposalRationale;
    }

    public void setProposalRationale(String proposalRationale) {
        this.proposalRationale = proposalRationale;
    }

    public String getProposalEvidence() {
        return proposalEvidence;
    }

    public void setProposalEvidence(String proposalEvidence) {
        this.proposalEvidence = proposalEvidence;
    }

    public Map<Long, String> getVoteNotes() {
        return voteNotes;
    }
}
