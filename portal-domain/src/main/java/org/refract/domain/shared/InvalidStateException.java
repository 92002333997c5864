package org.refract.domain.shared;

/** An operation is not allowed in the entity's current state (a status transition, a locked record). */
public class InvalidStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidStateException(String message) {
        super(message);
    }
}
