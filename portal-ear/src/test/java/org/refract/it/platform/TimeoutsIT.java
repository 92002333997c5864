package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.Deployments;

/**
 * A runaway statement or a stuck transaction cannot hold a connection for long: every query carries the statement
 * timeout of persistence.xml, and the server rolls transactions back after the timeout of configure-limits.cli.
 */
@ExtendWith(ArquillianExtension.class)
class TimeoutsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void everyQueryHasAStatementTimeout() {
        assertEquals(
                "30000",
                String.valueOf(em.getEntityManagerFactory().getProperties().get("jakarta.persistence.query.timeout")));
        var query = em.createQuery("select count(u) from UserAccount u", Long.class);
        assertEquals(30, query.unwrap(org.hibernate.query.Query.class).getTimeout(), "seconds, on every query");
    }

    @Test
    void transactionsTimeOutAfterTwoMinutes() throws Exception {
        Object timeout = ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("jboss.as:subsystem=transactions"), "defaultTimeout");
        assertEquals(120, ((Number) timeout).intValue());
    }
}
