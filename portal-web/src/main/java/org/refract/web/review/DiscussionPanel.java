package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.refract.service.review.CommentRow;
import org.refract.service.review.DiscussionService;
import org.refract.service.review.ThreadMark;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * The discussion panel ({@code WEB-INF/includes/review/discussion-panel.xhtml}) of the page it sits on: the thread of
 * one case, the comment being written, and what the page last showed, so that the poll re-renders the thread only
 * when someone has posted since.
 */
@Named
@ViewScoped
public class DiscussionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussion;

    private Long caseId;
    private List<CommentRow> thread;
    private ThreadMark shown = ThreadMark.EMPTY;
    private String body;
    private Long replyToId;
    private String replyToName;

    /** The case's comments, top-level with their replies; read once and kept until something changes. */
    public List<CommentRow> thread(long forCase) {
        if (thread == null || caseId == null || caseId != forCase) {
            caseId = forCase;
            thread = discussion.thread(forCase);
            shown = markOf(thread);
        }
        return thread;
    }

    /**
     * The poll: tells the page (callback parameter "changed") whether someone posted since the thread was shown;
     * the page then asks for the thread with {@link #refresh}. Nothing is re-rendered when nothing changed.
     */
    public void poll(long forCase) {
        boolean changed;
        try {
            changed = !discussion.mark(forCase).equals(shown) || caseId == null || caseId != forCase;
        } catch (NotFoundException e) {
            changed = false;
        }
        PrimeFaces.current().ajax().addCallbackParam("changed", changed);
    }

    public void refresh(long forCase) {
        thread = null;
        thread(forCase);
    }

    public void post(long forCase) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean posted = FormAction.of(faces)
                .fields(field -> "body".equals(field) ? "discussion.body" : null)
                .problemsAs("discussion.refused")
                .run(() -> discussion.post(forCase, replyToId, body));
        if (!posted) {
            return;
        }
        body = null;
        cancelReply();
        refresh(forCase);
        Messages.addGlobalInfo(faces, "discussion.posted");
    }

    public void replyTo(long commentId, String authorName) {
        replyToId = commentId;
        replyToName = authorName;
    }

    public void cancelReply() {
        replyToId = null;
        replyToName = null;
    }

    /**
     * Completion for the comment box: PrimeFaces sends the word being typed; a word starting with "@" is completed
     * with the team's members ("@resp.pharm "), anything else with nothing.
     */
    public List<String> completeMention(String word) {
        if (caseId == null || word == null || !word.startsWith("@")) {
            return List.of();
        }
        try {
            return discussion.mentionOptions(caseId, word.substring(1)).stream()
                    .map(o -> "@" + o.username())
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private static ThreadMark markOf(List<CommentRow> rows) {
        long count = 0;
        long newest = 0;
        for (CommentRow row : rows) {
            count++;
            newest = Math.max(newest, row.id());
            for (CommentRow reply : row.replies()) {
                count++;
                newest = Math.max(newest, reply.id());
            }
        }
        return count == 0 ? ThreadMark.EMPTY : new ThreadMark(count, newest);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getReplyToId() {
        return replyToId;
    }

    public String getReplyToName() {
        return replyToName;
    }
}
