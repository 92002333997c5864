package org.refract.service.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.refract.domain.review.Mentions;

/**
 * A comment of a case discussion as the page shows it: the text cut into plain runs and mentions (rendered escaped),
 * and, for a top-level comment, its replies in order.
 */
public record CommentRow(
        long id,
        Long parentId,
        String authorUsername,
        String authorName,
        String authorDiscipline,
        String body,
        List<Part> parts,
        Instant postedAt,
        boolean mentionsMe,
        List<CommentRow> replies)
        implements Serializable {

    /** A run of the text; {@code mention} is the mentioned member's display name, or null for plain text. */
    public record Part(String text, String mention) implements Serializable {

        static List<Part> of(List<Mentions.Segment> segments, java.util.function.Function<String, String> names) {
            return segments.stream()
                    .map(s -> new Part(s.text(), s.isMention() ? names.apply(s.mention()) : null))
                    .toList();
        }
    }
}
