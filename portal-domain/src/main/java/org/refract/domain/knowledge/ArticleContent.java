package org.refract.domain.knowledge;

import java.io.Serializable;
import org.refract.domain.shared.InvalidInputException;

/**
 * What an editor writes: title, summary and body. {@link #of} checks the lengths and sanitises the body, so an
 * instance always holds HTML that is safe to render.
 */
public record ArticleContent(String title, String summary, String body) implements Serializable {

    public static ArticleContent of(String title, String summary, String body) {
        String t = required(title, "title", 200);
        String s = required(summary, "summary", 600);
        String clean = RichText.sanitize(body);
        if (RichText.text(clean).isBlank()) {
            throw new InvalidInputException("body", "Write the article's text.");
        }
        if (clean.length() > 100000) {
            throw new InvalidInputException("body", "The article is too long (at most 100,000 characters of HTML).");
        }
        return new ArticleContent(t, s, clean);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "This field is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters.");
        }
        return stripped;
    }
}
