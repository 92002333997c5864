package org.refract.it.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.time.Instant;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.refract.demo.synthetic.JdbcCaseWriter;
import org.refract.demo.synthetic.SyntheticCaseFactory;

/**
 * Fills the database quickly with plausible cases (the synthetic data generator's JDBC batches), so that tests can
 * compare a request on a small and a large database. The writer commits itself, hence no container transaction.
 * Its writes bypass Hibernate, so the cached query answers (the worklist's counts) are evicted afterwards.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyntheticCases {

    private static final long SEED = 20261123L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    /** Adds {@code count} cases over all teams; returns how many were written. */
    public long add(long count) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            JdbcCaseWriter writer = new JdbcCaseWriter(connection, 500);
            writer.prepare();
            long firstPseudonym = writer.highestPseudonymNumber() + 1;
            long written = writer.write(
                            new SyntheticCaseFactory(SEED, firstPseudonym, Instant.now())
                                    .cases(count)
                                    .iterator(),
                            progress -> {})
                    .cases();
            entityManagerFactory.unwrap(SessionFactory.class).getCache().evictQueryRegions();
            return written;
        }
    }
}
