package org.refract.domain.knowledge;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side, line-by-line comparison of two texts (longest common subsequence): each row holds the old line,
 * the new line, or both, with what happened to it.
 */
public final class TextDiff {

    /** What happened to a line. */
    public enum Change {
        SAME,
        REMOVED,
        ADDED,
        CHANGED
    }

    /** One row of the side-by-side view; a side is null when the line exists on the other side only. */
    public record Row(String left, String right, Change change) implements Serializable {}

    private TextDiff() {}

    public static List<Row> of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                flush(rows, removed, added);
                rows.add(new Row(a.get(i), b.get(j), Change.SAME));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        flush(rows, removed, added);
        return rows;
    }

    /** Pairs removed and added lines of one hunk as changed rows, the rest as removed or added. */
    private static void flush(List<Row> rows, List<String> removed, List<String> added) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            rows.add(new Row(removed.get(k), added.get(k), Change.CHANGED));
        }
        for (int k = paired; k < removed.size(); k++) {
            rows.add(new Row(removed.get(k), null, Change.REMOVED));
        }
        for (int k = paired; k < added.size(); k++) {
            rows.add(new Row(null, added.get(k), Change.ADDED));
        }
        removed.clear();
        added.clear();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
