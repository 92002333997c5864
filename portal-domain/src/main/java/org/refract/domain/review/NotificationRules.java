package org.refract.domain.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;

/**
 * Who is told what when something happens in a case review. One rule runs through all of them: nobody is told about
 * what they did themselves. Texts name the case by its pseudonym only.
 */
public final class NotificationRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private NotificationRules() {}

    /** A notice to one person: what kind, and the text of the notification. */
    public record Notice(UserAccount recipient, NotificationKind kind, String text) {}

    /** A case put on a meeting's agenda: its responsible clinician hears of it. */
    public static List<Notice> caseListed(AgendaItem item, String actor) {
        ClinicalCase c = item.getClinicalCase();
        Meeting meeting = item.getMeeting();
        List<Notice> notices = new ArrayList<>();
        if (!isActor(c.getClinician(), actor)) {
            notices.add(new Notice(
                    c.getClinician(),
                    NotificationKind.CASE_LISTED,
                    pseudonym(c) + " is on the agenda of " + meeting.getTitle() + " on "
                            + WHEN.format(meeting.getStartsAt()) + "."));
        }
        return notices;
    }

    /** A comment that mentions members: each of them, except the author mentioning themselves. */
    public static List<Notice> mentioned(CaseComment comment, String authorName) {
        List<Notice> notices = new ArrayList<>();
        for (String username : comment.getMentions()) {
            comment.getClinicalCase().getTeam().getMembers().stream()
                    .map(m -> m.getUser())
                    .filter(u -> u.getUsername().equals(username)
                            && !isActor(u, comment.getAuthor().getUsername()))
                    .findFirst()
                    .ifPresent(u -> notices.add(new Notice(
                            u,
                            NotificationKind.MENTION,
                            authorName
                                    + " mentioned you on " + pseudonym(comment.getClinicalCase()) + ": "
                                    + excerpt(comment.getBody()))));
        }
        return notices;
    }

    /**
     * A signed recommendation: every action owner is told of their actions (one notice each, however many actions),
     * and the case's responsible clinician and the members present hear that it was signed. A person who owns an
     * action and sat in on the meeting gets both.
     */
    public static List<Notice> recommendationSigned(AgendaItem item, String signer) {
        Recommendation recommendation = item.getRecommendation()
                .orElseThrow(() -> new IllegalStateException("No recommendation on this agenda item."));
        ClinicalCase c = item.getClinicalCase();
        List<Notice> notices = new ArrayList<>();
        Map<UserAccount, List<ActionItem>> byOwner = new LinkedHashMap<>();
        for (ActionItem action : recommendation.getActions()) {
            byOwner.computeIfAbsent(action.getOwner(), o -> new ArrayList<>()).add(action);
        }
        byOwner.forEach((owner, actions) -> {
            if (!isActor(owner, signer)) {
                ActionItem first = actions.get(0);
                String text = actions.size() == 1
                        ? "Action for you on " + pseudonym(c) + ": " + excerpt(first.getDescription()) + " (due "
                                + first.getDueDate() + ")."
                        : actions.size() + " actions for you on " + pseudonym(c) + ", the first due "
                                + first.getDueDate() + ": " + excerpt(first.getDescription());
                notices.add(new Notice(owner, NotificationKind.ACTION_ASSIGNED, text));
            }
        });
        List<UserAccount> told = new ArrayList<>();
        told.add(c.getClinician());
        for (Attendance attendance : item.getMeeting().getAttendance()) {
            attendance.personPresent().filter(p -> !told.contains(p)).ifPresent(told::add);
        }
        String text = "Recommendation on " + pseudonym(c) + " signed: "
                + recommendation.getDecision().label() + ".";
        for (UserAccount person : told) {
            if (!isActor(person, signer)) {
                notices.add(new Notice(person, NotificationKind.RECOMMENDATION_SIGNED, text));
            }
        }
        return notices;
    }

    /**
     * Something the review job found on a case (a review due, a relapse after a stop): its responsible clinician and
     * the chairs of its team hear of it, each once. Nobody acted, so nobody is left out.
     */
    public static List<Notice> clinicianAndChairs(ClinicalCase c, NotificationKind kind, String text) {
        List<UserAccount> told = new ArrayList<>();
        told.add(c.getClinician());
        c.getTeam().getMembers().stream()
                .filter(m -> m.getTeamRole() == TeamRole.CHAIR)
                .map(m -> m.getUser())
                .filter(u -> !told.contains(u))
                .forEach(told::add);
        return told.stream().map(u -> new Notice(u, kind, text)).toList();
    }

    private static boolean isActor(UserAccount person, String actor) {
        return Objects.equals(person.getUsername(), actor);
    }

    private static String pseudonym(ClinicalCase c) {
        return c.getPatient().getPseudonym();
    }

    /** The first line of a text, at most 120 characters. */
    static String excerpt(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }
}
