package org.refract.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code inside the container under the ADMIN role, to check what administrators may do. */
@Stateless
@PermitAll
@RunAs("ADMIN")
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
