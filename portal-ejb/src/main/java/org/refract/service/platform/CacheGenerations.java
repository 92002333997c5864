package org.refract.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.refract.domain.platform.CacheGeneration;

/**
 * The generations of the server-wide caches ({@link CacheGeneration}): the catalogue's and the rule book's caches ask
 * for the current one on every read (answered from the second-level cache) and raise it in the transaction of an
 * administrator's change, so every node of a cluster rebuilds its copy after the change commits. Open to every
 * caller: the caches are read by everyone, and only the administration services that change what they hold raise a
 * generation.
 */
@Stateless
@PermitAll
public class CacheGenerations {

    @PersistenceContext
    EntityManager em;

    /** The current generation of {@code name} (a constant of {@link CacheGeneration}). */
    @PermitAll
    public long current(String name) {
        CacheGeneration generation = em.find(CacheGeneration.class, name);
        return generation == null ? 0 : generation.getGeneration();
    }

    /**
     * Raises the generation of {@code name} with the caller's change: every server's cache rebuilds once it commits.
     * The row is locked for it, so that two changes at the same moment on two nodes raise it twice.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void raise(String name) {
        CacheGeneration generation = em.find(CacheGeneration.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (generation != null) {
            generation.raise();
        }
    }
}
