package org.refract.domain.shared;

/**
 * A value offered by a user or an integration breaks a rule of the model. Carries the name of the field so that
 * the page can show the message next to it and the REST layer can answer with a field path.
 */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Short field name ("value", "unit", "endDate"), relative to the object that was being changed. */
    public String field() {
        return field;
    }
}
