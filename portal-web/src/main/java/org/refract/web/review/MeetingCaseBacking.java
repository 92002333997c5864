package org.refract.web.review;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.refract.domain.decision.Assessment;
import org.refract.service.casework.CaseDetail;
import org.refract.service.decision.AssessmentService;
import org.refract.service.review.AgendaRow;
import org.refract.service.review.AttendanceRow;
import org.refract.service.review.ItemDetail;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.NotFoundException;
import org.refract.web.casework.CasePage;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /meetings/case.xhtml?meeting=M&item=I}: meeting mode, one agenda case per screen. The case itself (summary,
 * measurements, treatments, findings) is the case page's {@link CasePage}, opened on the item's case so that the
 * case-page includes show it unchanged; this bean adds the meeting around it: presenter controls, the case taken up, the
 * minutes, and decision support that checks the proposed
 * therapies as if started. Proposals and votes are {@link ProposalForm}'s, the recommendation
 * {@link RecommendationForm}'s and its sign-off {@link SignOffForm}'s.
 */
@Named
@ViewScoped
public class MeetingCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingAttendanceService meetingAttendance;

    @Inject
    MeetingScheduleService meetingSchedule;

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
    /**
     * The version of the case the assessment was made of: a change from the case's forms (an event, a measurement)
     * reassesses. The version, not the record: the view does not keep the record ({@link CasePage}).
     */
    private long assessedVersion = -1;

    private String minutes;

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
            meeting = meetingSchedule.get(meetingId.get());
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
        meeting = meetingSchedule.get(meeting.id());
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
        if (!refusalsAsMessages().run(() -> meetingAttendance.close(meeting.id()))) {
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
        refusalsAsMessages()
                .fieldsUnder("minutes")
                .call(() ->
                        recommendations.recordMinutes(meeting.id(), item.item().itemId(), minutes))
                .ifPresent(saved -> {
                    item = saved;
                    Messages.addGlobalInfo(faces(), "review.minutes.saved");
                });
    }

    /** After a proposal or a vote: the item as it now stands (the meeting around it is unchanged). */
    void itemChanged(ItemDetail changed) {
        item = changed;
        assessment = null;
    }

    /** After the recommendation form saved or signed: the item as it now stands. */
    void replace(ItemDetail changed) {
        item = changed;
        assessment = null;
        meeting = meetingSchedule.get(meeting.id());
    }

    private void change(Supplier<ItemDetail> action, String successKey) {
        refusalsAsMessages().fields(field -> null).call(action).ifPresent(changed -> {
            replace(changed);
            Messages.addGlobalInfo(faces(), successKey);
        });
    }

    /** The meeting's refusals read "The meeting refused: ..." at the top of the screen. */
    static FormAction refusalsAsMessages() {
        return FormAction.of(faces()).problemsAs("meetings.refused");
    }

    /** Decision support for the case with every therapy proposed (and the one recommended) checked as if started. */
    public Assessment getAssessment() {
        CaseDetail shown = casePage.getDetail();
        if (assessment == null || assessedVersion != shown.version()) {
            assessment = assessments.assess(shown, item.proposedTherapyCodes());
            assessedVersion = shown.version();
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
}
