package org.refract.domain.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds {@code @username} mentions in a plain-text comment. Only members of the case's team count: anything else
 * that looks like a mention (an e-mail address, a stranger's name, "@ 3 pm") stays plain text. Matching ignores case
 * and a trailing full stop, comma or hyphen ("ask @resp.pharm." mentions {@code resp.pharm}).
 */
public final class Mentions {

    /** An @ not preceded by a letter, digit, dot or another @ (so "a@b.org" is no mention), then a user name. */
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}._@])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63})");

    private Mentions() {}

    /**
     * The members mentioned in {@code text}, in order of first appearance, spelt as in {@code members}.
     */
    public static Set<String> parse(String text, Collection<String> members) {
        Set<String> found = new LinkedHashSet<>();
        for (Segment segment : split(text, members)) {
            if (segment.mention() != null) {
                found.add(segment.mention());
            }
        }
        return found;
    }

    /**
     * The text cut into plain runs and mentions of members, for display: a page renders each run escaped and each
     * mention as a marked name. Concatenating the segments' texts gives the text back unchanged.
     */
    public static List<Segment> split(String text, Collection<String> members) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        Map<String, String> byLowerName = members.stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(m -> m.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Matcher matcher = MENTION.matcher(text);
        int plainFrom = 0;
        while (matcher.find()) {
            String candidate = matcher.group(1);
            String member = null;
            // Shorten by trailing punctuation until a member matches: "@resp.pharm." ends a sentence.
            while (!candidate.isEmpty()) {
                member = byLowerName.get(candidate.toLowerCase(Locale.ROOT));
                if (member != null || !isTrailingPunctuation(candidate.charAt(candidate.length() - 1))) {
                    break;
                }
                candidate = candidate.substring(0, candidate.length() - 1);
            }
            if (member == null) {
                continue;
            }
            int end = matcher.start() + 1 + candidate.length();
            if (matcher.start() > plainFrom) {
                segments.add(Segment.plain(text.substring(plainFrom, matcher.start())));
            }
            segments.add(new Segment(text.substring(matcher.start(), end), member));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            segments.add(Segment.plain(text.substring(plainFrom)));
        }
        return segments;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == '-' || c == '_';
    }

    /**
     * A run of a comment: plain text ({@code mention} null) or a mention as typed, with the member's user name.
     */
    public record Segment(String text, String mention) {

        static Segment plain(String text) {
            return new Segment(text, null);
        }

        public boolean isMention() {
            return mention != null;
        }
    }
}
