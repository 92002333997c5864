package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two markups that made every stateful page save about 1.4-1.8 KB more view state, and serialise and compress it on
 * every response (issue 16, nineteenth round): a script moved to the body ({@code h:outputScript target="body"}: the
 * listener that moves it and the moved component are saved whole) and an {@code actionListener} attribute (its method
 * expression is saved whole, shown or not). The portal's scripts are written with {@code r:script}; a button does
 * its work in its action.
 */
class LeanViewStateTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern MOVED_SCRIPT = Pattern.compile("<h:outputScript[^>]*\\btarget=");
    private static final Pattern ACTION_LISTENER = Pattern.compile("\\sactionListener=");

    @Test
    void noPageMovesAScriptIntoTheBody() {
        assertEquals(List.of(), pagesMatching(MOVED_SCRIPT));
    }

    @Test
    void noPageHasAnActionListenerAttribute() {
        assertEquals(List.of(), pagesMatching(ACTION_LISTENER));
    }

    @Test
    void thePatternsFindWhatTheyAreFor() {
        assertTrue(MOVED_SCRIPT
                .matcher("<h:outputScript name=\"a.js\" target=\"body\"/>")
                .find());
        assertFalse(MOVED_SCRIPT.matcher("<h:outputScript name=\"a.js\"/>").find());
        assertTrue(ACTION_LISTENER
                .matcher("<p:commandButton actionListener=\"#{a.b()}\"/>")
                .find());
    }

    private static List<String> pagesMatching(Pattern pattern) {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> pattern.matcher(read(f)).find())
                    .map(f -> PAGES.relativize(f).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
