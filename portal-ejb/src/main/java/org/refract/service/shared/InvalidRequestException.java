package org.refract.service.shared;

import java.util.List;

/** A request was refused because of its content; lists every problem found so that all can be fixed at once. */
public class InvalidRequestException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid request." : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
