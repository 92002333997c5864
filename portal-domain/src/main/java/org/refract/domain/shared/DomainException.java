package org.refract.domain.shared;

/**
 * A business rule was broken. Subclasses name the kind of failure so that the web and REST layers can answer
 * with the right message and status code.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
