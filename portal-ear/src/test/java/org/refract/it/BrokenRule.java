package org.refract.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.shared.InvalidStateException;

/**
 * A rule of the model refused the call. Through {@link AsUser} (an EJB of the test archive, for which the portal's
 * application exceptions are not declared) it arrives wrapped in an {@link EJBException}.
 */
public final class BrokenRule {

    private BrokenRule() {}

    public static InvalidStateException assertBroken(Executable operation, String... why) {
        Throwable thrown = assertThrows(Exception.class, operation, why.length == 0 ? null : why[0]);
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        assertTrue(cause instanceof InvalidStateException, () -> "expected a broken rule, got " + cause);
        return (InvalidStateException) cause;
    }
}
