package org.refract.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.refract.service.shared.NotFoundException;

/** The one way a servlet of the portal sends a file to save: an attachment that no cache keeps and no browser sniffs. */
public final class Download {

    private Download() {}

    /** The id in the request parameter, when it is one (1 to 18 digits). */
    public static OptionalLong id(HttpServletRequest request, String parameter) {
        String value = request.getParameter(parameter);
        return value != null && value.matches("\\d{1,18}")
                ? OptionalLong.of(Long.parseLong(value))
                : OptionalLong.empty();
    }

    /**
     * Looks up what the request's id names, as the caller: "not found" (404) for a missing or malformed id and for
     * what the service says is not there or not the caller's, 403 for a role the service refuses; empty when such
     * an answer was sent.
     */
    public static <T> Optional<T> fetch(HttpServletResponse response, OptionalLong id, LongFunction<T> lookup)
            throws IOException {
        return fetch(response, () -> lookup.apply(id.orElseThrow(() -> new NotFoundException("No id."))));
    }

    /** As {@link #fetch(HttpServletResponse, OptionalLong, LongFunction)}, for a lookup of its own. */
    public static <T> Optional<T> fetch(HttpServletResponse response, Supplier<T> lookup) throws IOException {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return Optional.empty();
    }

    /** Sends {@code content} as an attachment named {@code fileName}. */
    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }
}
