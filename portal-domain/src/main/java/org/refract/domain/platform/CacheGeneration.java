package org.refract.domain.platform;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many times an administrator has changed what a server-wide cache holds (the catalogue, the rule book, the
 * articles). Each server remembers the generation its cache was built from and rebuilds when it is no longer the
 * current one, so a change made on one node of a cluster reaches the others. Kept in the second-level cache, which the nodes of a
 * cluster invalidate for each other: reading it costs no statement until it changed. Not clinical data, not audited.
 */
@Entity
@Cacheable
@Table(name = "cache_generation")
public class CacheGeneration {

    /** The generation of the catalogue (conditions, instruments, therapies, factors). */
    public static final String CATALOG = "catalog";

    /** The generation of the decision rules and the registered trials. */
    public static final String RULES = "rules";

    /** The generation of the knowledge articles (which are published, and what they say). */
    public static final String ARTICLES = "articles";

    @Id
    @Column(length = 32)
    private String name;

    @Column(nullable = false)
    private long generation;

    protected CacheGeneration() {
        // for JPA
    }

    public String getName() {
        return name;
    }

    public long getGeneration() {
        return generation;
    }

    /** What the cache holds changed: every server's copy is out of date once this commits. */
    public void raise() {
        generation++;
    }
}
