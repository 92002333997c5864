package org.refract.service.shared;

/** The caller is known but their role or team does not allow this. */
public class AccessDeniedException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
