package org.refract.it.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;

/**
 * A save that races with another one: in one transaction it reads the case, waits until the other save has
 * committed, then changes the case it read. The version check passes on the stale copy, so only the database's
 * optimistic lock can stop the change: the losing save must end as a conflict, never as an overwrite.
 */
@Stateless
@PermitAll
public class PreparedChange {

    @EJB
    CaseService cases;

    public CaseDetail describeAfter(long caseId, String summary, CountDownLatch read, CountDownLatch otherSaved)
            throws InterruptedException {
        CaseDetail seen = cases.get(caseId);
        read.countDown();
        if (!otherSaved.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The other save did not happen.");
        }
        return cases.describe(caseId, seen.version(), seen.title(), summary, null);
    }
}
