package org.refract.service.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.refract.domain.shared.InvalidInputException;

/**
 * Collects the problems of a request under their field paths, so that a refused request reports all of them,
 * not only the first.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /**
     * Runs a step of building the request's result; an {@link InvalidInputException} from the domain is recorded
     * under {@code prefix + "." + its field} and null is returned.
     */
    public <T> T attempt(String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            add(join(prefix, e.field()), e.getMessage());
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Refuses the request if anything was recorded. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    public static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field == null || field.isEmpty() ? prefix : prefix + "." + field;
    }
}
