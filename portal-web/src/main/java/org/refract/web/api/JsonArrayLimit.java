package org.refract.web.api;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.refract.service.shared.InvalidRequestException;

/**
 * Caps every array in a JSON request body at {@value #DEFAULT_MAX_ITEMS} items ({@code
 * -Drefract.limits.json-array-items}), before the body becomes objects: a longer one is a 400 naming the array
 * ({@code roles}, {@code observations[2].values}). No request of the API needs more; the body's size is bounded
 * before it gets here ({@code RequestBodyLimit}). FHIR bundles ({@code application/fhir+json}) are bounded by size
 * only, because a case's history can be long.
 */
@Provider
public class JsonArrayLimit implements ReaderInterceptor {

    static final int DEFAULT_MAX_ITEMS = 1000;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body, Integer.getInteger("refract.limits.json-array-items", DEFAULT_MAX_ITEMS));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Throws a field error for the first array longer than {@code max}; a body that is not JSON is left alone. */
    static void check(byte[] body, int max) {
        Deque<Frame> open = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> open.peek().key = parser.getString();
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        String path = pathOfNextValue(open, max);
                        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                            open.push(new Frame(path, event == JsonParser.Event.START_ARRAY));
                        }
                    }
                }
            }
        } catch (JsonException notJson) {
            // the reader answers it with its own 400
        }
    }

    private static String pathOfNextValue(Deque<Frame> open, int max) {
        Frame parent = open.peek();
        if (parent == null) {
            return "";
        }
        if (!parent.array) {
            return parent.path.isEmpty() ? parent.key : parent.path + "." + parent.key;
        }
        if (++parent.items > max) {
            throw InvalidRequestException.of(
                    parent.path.isEmpty() ? null : parent.path,
                    "At most " + max + " items are accepted here; split the request.");
        }
        return parent.path + "[" + (parent.items - 1) + "]";
    }

    /** An object or array being read: its path, and the key or item count reached in it. */
    private static final class Frame {
        final String path;
        final boolean array;
        String key;
        int items;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
