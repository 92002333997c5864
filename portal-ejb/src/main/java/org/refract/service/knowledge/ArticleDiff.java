package org.refract.service.knowledge;

import java.io.Serializable;
import java.util.List;
import org.refract.domain.knowledge.TextDiff;

/** Two revisions side by side: title, summary and body text, line by line. */
public record ArticleDiff(int from, int to, List<TextDiff.Row> rows) implements Serializable {}
