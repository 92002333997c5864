package org.refract.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.domain.shared.DomainException;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;
import org.refract.service.identity.TeamSummary;
import org.refract.service.outcome.OutcomeService;
import org.refract.service.outcome.ReviewDueRow;
import org.refract.service.review.ActionItemService;
import org.refract.service.review.ActionRow;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.NotificationRow;
import org.refract.service.review.NotificationService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.CurrentUser;
import org.refract.web.shared.Messages;

/**
 * {@code /home.xhtml}: the clinician's dashboard: my cases, upcoming meetings, the reviews due in my teams, my open
 * action items (overdue first by due date, marked done here) and recent mentions.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** How many of the caller's cases the home page lists; the worklist has the rest. */
    static final int MY_CASES = 5;

    static final int MEETINGS = 5;
    static final int MENTIONS = 5;
    static final int REVIEWS_DUE = 10;

    @Inject
    CurrentUser currentUser;

    @EJB
    WorklistService worklist;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    ActionItemService actionItems;

    @EJB
    NotificationService notifications;

    @EJB
    OutcomeService outcomes;

    private List<CaseRow> myCases;
    private List<MeetingRow> upcoming;
    private List<ActionRow> actions;
    private List<NotificationRow> mentions;
    private List<ReviewDueRow> reviewsDue;

    public List<TeamSummary> getTeams() {
        return currentUser.getProfile().teams();
    }

    /** The caller's most recently updated cases (those they are responsible for). */
    public List<CaseRow> getMyCases() {
        if (myCases == null) {
            myCases = isClinical()
                    ? worklist.find(new WorklistQuery(
                                    null,
                                    null,
                                    null,
                                    currentUser.getProfile().username(),
                                    null,
                                    WorklistSort.UPDATED,
                                    false,
                                    0,
                                    MY_CASES))
                            .rows()
                    : List.of();
        }
        return myCases;
    }

    // --- discussion: the dashboard ------------------------------------------------------------------------------

    public List<MeetingRow> getUpcomingMeetings() {
        if (upcoming == null) {
            upcoming = isClinical() ? meetings.upcoming(MEETINGS) : List.of();
        }
        return upcoming;
    }

    public List<ActionRow> getOpenActions() {
        if (actions == null) {
            actions = isClinical() ? actionItems.myOpenActions() : List.of();
        }
        return actions;
    }

    public long getOverdueCount() {
        return getOpenActions().stream().filter(ActionRow::overdue).count();
    }

    public List<NotificationRow> getRecentMentions() {
        if (mentions == null) {
            mentions = isClinical() ? notifications.recentMentions(MENTIONS) : List.of();
        }
        return mentions;
    }

    /** Cases of the caller's teams that the review job brought back, until their outcome is recorded. */
    public List<ReviewDueRow> getReviewsDue() {
        if (reviewsDue == null) {
            reviewsDue = isClinical() ? outcomes.reviewsDue(REVIEWS_DUE) : List.of();
        }
        return reviewsDue;
    }

    /** Marks one of the caller's actions done. */
    public void completeAction(long actionId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ActionRow done = actionItems.completeAction(actionId);
            Messages.addGlobalInfo(faces, "home.actions.done", done.description());
        } catch (DomainException | NotFoundException | AccessDeniedException e) {
            Messages.addGlobalError(faces, "home.actions.refused", e.getMessage());
        }
        actions = null;
    }

    private boolean isClinical() {
        return currentUser.isClinician() || currentUser.isChair();
    }

    public String getUsername() {
        return currentUser.getProfile().username();
    }
}
