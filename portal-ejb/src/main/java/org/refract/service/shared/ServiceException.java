package org.refract.service.shared;

import jakarta.ejb.ApplicationException;

/** Root of the exceptions a service throws on purpose; each rolls back the transaction. */
@ApplicationException(rollback = true)
public abstract class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ServiceException(String message) {
        super(message);
    }
}
