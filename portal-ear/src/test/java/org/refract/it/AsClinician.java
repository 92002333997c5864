package org.refract.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code inside the container under the CLINICIAN role, to check that services refuse it. */
@Stateless
@PermitAll
@RunAs("CLINICIAN")
public class AsClinician {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
