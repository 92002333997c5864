package org.refract.domain.audit;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the name of the user who made the change. Clinical data only change inside EJBs, so
 * the caller comes from the EJB context; outside one (startup seeding, plain unit tests) the revision belongs to
 * {@value AuditRevision#SYSTEM_USER}.
 */
public class AuditRevisionListener implements RevisionListener {

    private static final String EJB_CONTEXT = "java:comp/EJBContext";

    /** What WildFly reports as the caller when nobody is authenticated. */
    private static final String ANONYMOUS = "anonymous";

    private static final int MAX_USERNAME_LENGTH = 64;

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(usernameOf(currentCaller()));
    }

    /** The name to store for a caller: the principal's name, or "system" when there is no real user. */
    static String usernameOf(Principal caller) {
        if (caller == null) {
            return AuditRevision.SYSTEM_USER;
        }
        String name = caller.getName();
        if (name == null || name.isBlank() || ANONYMOUS.equals(name)) {
            return AuditRevision.SYSTEM_USER;
        }
        return name.length() > MAX_USERNAME_LENGTH ? name.substring(0, MAX_USERNAME_LENGTH) : name;
    }

    // A fixed container name (java:comp/EJBContext), never a name from user input: BanJNDI's risk does not apply.
    @SuppressWarnings("BanJNDI")
    private static Principal currentCaller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup(EJB_CONTEXT);
            return context.getCallerPrincipal();
        } catch (NamingException | IllegalStateException | ClassCastException e) {
            // No EJB context here (startup code, a test without a container): not an error, the system acted.
            return null;
        }
    }
}
