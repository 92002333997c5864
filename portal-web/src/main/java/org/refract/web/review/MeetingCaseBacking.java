package org.refract.web.review;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.refract.domain.decision.Assessment;
import org.refract.domain.review.VoteChoice;
import org.refract.domain.shared.DomainException;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.decision.AssessmentService;
import org.refract.service.review.AgendaRow;
import org.refract.service.review.AttendanceRow;
import org.refract.service.review.ItemDetail;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.ProposalRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;
import org.refract.web.casework.CasePage;
import org.refract.web.shared.Messages;

/**
 * {@code /meetings/case.xhtml?meeting=M&item=I}: meeting mode, one agenda case per screen. The case itself (summary,
 * measurements, treatments, findings) is the case page's {@link CasePage}, opened on the item's case so that the
 * case-page includes show it unchanged; this bean adds the meeting around it: presenter controls, the case taken up,
 * therapy proposals with votes and their live tally, the minutes, and decision support that checks the proposed
 * therapies as if started. The recommendation and its sign-off are {@link RecommendationForm}'s.
 */
@Named
@ViewScoped
public class MeetingCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingScheduleService meetings;

    @Inject
    MeetingAttendanceService attendance;

    @Inject
    RecommendationService recommendations;

    @Inject
    AssessmentService assessments;

    @Inject
    CasePage casePage;

    private String meetingParam;
    private String itemParam;
    private MeetingDetail meeting;
    private ItemDetail item;
    private transient Assessment assessment;

    private String minutes;
    private String proposalTherapy;
    private String proposalRationale;
    private String proposalEvidence;
    private final Map<Long, String> voteNotes = new HashMap<>();

    /** The view action: another team's meeting, or an item not on it, answers 404 like an unknown page. */
    public void open() throws IOException {
        if (item != null) {
            return;
        }
        Optional<Long> meetingId = id(meetingParam);
        Optional<Long> itemId = id(itemParam);
        if (meetingId.isEmpty() || itemId.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No meeting or agenda item.");
            return;
        }
        try {
            meeting = meetings.get(meetingId.get());
            item = recommendations.item(meetingId.get(), itemId.get());
            minutes = item.notes();
            casePage.setIdParam(String.valueOf(item.item().caseId()));
            casePage.open();
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (EJBAccessException e) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Meetings are for clinicians.");
        }
    }

    /** The poll: the tally, the quorum and the case's state as the others see them now. */
    public void refresh() {
        meeting = meetings.get(meeting.id());
        item = recommendations.item(meeting.id(), item.item().itemId());
        assessment = null;
    }

    /** The chair or coordinator takes up the case: it moves to "In discussion" and the case to "In review". */
    public String discuss() {
        change(() -> recommendations.discuss(meeting.id(), item.item().itemId()), "review.discussing");
        casePage.refresh();
        return null;
    }

    /**
     * Closes the meeting from its last case: cases not reached become "listed, not discussed" and go, with the
     * deferred ones, onto the team's next meeting. Then shows the meeting page with the outcome of every case.
     */
    public String closeMeeting() {
        try {
            attendance.close(meeting.id());
        } catch (DomainException | AccessDeniedException | NotFoundException e) {
            Messages.addGlobalError(faces(), "meetings.refused", e.getMessage());
            return null;
        }
        faces().getExternalContext().getFlash().setKeepMessages(true);
        Messages.addGlobalInfo(faces(), "review.closed");
        return "/meetings/meeting?faces-redirect=true&id=" + meeting.id();
    }

    public boolean isCanClose() {
        return meeting.callerManages() && isInProgress() && item.nextItemId() == null;
    }

    public void saveMinutes() {
        try {
            item = recommendations.recordMinutes(meeting.id(), item.item().itemId(), minutes);
            Messages.addGlobalInfo(faces(), "review.minutes.saved");
        } catch (InvalidInputException e) {
            Refusals.fields(faces(), "minutes", e);
        } catch (DomainException | AccessDeniedException | NotFoundException e) {
            Messages.addGlobalError(faces(), "meetings.refused", e.getMessage());
        }
    }

    public void propose() {
        try {
            item = recommendations.propose(
                    meeting.id(),
                    item.item().itemId(),
                    new ProposalRequest(proposalTherapy, proposalRationale, proposalEvidence));
            assessment = null;
            proposalTherapy = null;
            proposalRationale = null;
            proposalEvidence = null;
            Messages.addGlobalInfo(faces(), "review.proposal.added");
        } catch (InvalidInputException e) {
            Refusals.fields(faces(), "proposal", e);
        } catch (InvalidRequestException e) {
            Refusals.fields(faces(), "proposal", e);
        } catch (DomainException | AccessDeniedException | NotFoundException e) {
            Messages.addGlobalError(faces(), "meetings.refused", e.getMessage());
            faces().validationFailed();
        }
    }

    public void vote(long proposalId, String choice) {
        String note = voteNotes.get(proposalId);
        try {
            item = recommendations.vote(meeting.id(), proposalId, VoteChoice.valueOf(choice), note);
            voteNotes.remove(proposalId);
            Messages.addGlobalInfo(faces(), "review.vote.saved", Messages.text(faces(), "review.vote." + choice));
        } catch (DomainException | AccessDeniedException | InvalidRequestException | NotFoundException e) {
            Messages.addGlobalError(faces(), "meetings.refused", e.getMessage());
            faces().validationFailed();
        }
    }

    /** After the recommendation form saved or signed: the item as it now stands. */
    void replace(ItemDetail changed) {
        item = changed;
        assessment = null;
        meeting = meetings.get(meeting.id());
    }

    private void change(Supplier<ItemDetail> action, String successKey) {
        try {
            replace(action.get());
            Messages.addGlobalInfo(faces(), successKey);
        } catch (DomainException | AccessDeniedException | InvalidRequestException | NotFoundException e) {
            Messages.addGlobalError(faces(), "meetings.refused", e.getMessage());
        }
    }

    /** Decision support for the case with every therapy proposed (and the one recommended) checked as if started. */
    public Assessment getAssessment() {
        if (assessment == null) {
            assessment = assessments.assess(casePage.getDetail(), item.proposedTherapyCodes());
        }
        return assessment;
    }

    /** 1-based place of this case on the agenda. */
    public int getPosition() {
        List<AgendaRow> agenda = meeting.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).itemId() == item.item().itemId()) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean isInProgress() {
        return "IN_PROGRESS".equals(meeting.status());
    }

    /** Proposals and votes are open while the meeting is not closed and the case not decided. */
    public boolean isOpenForProposals() {
        return !"CLOSED".equals(meeting.status()) && !item.signed();
    }

    /** Whether the caller sits in the meeting (only members marked present vote). */
    public boolean isCallerPresent() {
        String me = Faces.getRemoteUser();
        return meeting.attendance().stream()
                .anyMatch(a -> "PRESENT".equals(a.status()) && a.username().equals(me) || me.equals(a.coverUsername()));
    }

    public boolean isCanDiscuss() {
        return meeting.callerManages()
                && isInProgress()
                && "LISTED".equals(item.item().status());
    }

    public List<AttendanceRow> getMembers() {
        return meeting.attendance();
    }

    /** A share of the votes cast, for the tally bar (0 when nobody has voted). */
    public int percent(int count, int support, int oppose, int abstain) {
        int total = support + oppose + abstain;
        return total == 0 ? 0 : Math.round(100f * count / total);
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private static Optional<Long> id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.strip()));
    }

    public MeetingDetail getMeeting() {
        return meeting;
    }

    public ItemDetail getItem() {
        return item;
    }

    public String getMeetingParam() {
        return meetingParam;
    }

    public void setMeetingParam(String meetingParam) {
        this.meetingParam = meetingParam;
    }

    public String getItemParam() {
        return itemParam;
    }

    public void setItemParam(String itemParam) {
        this.itemParam = itemParam;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
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
