package org.refract.web.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated caller kept in the HTTP session between requests (small and serializable, so it
 * replicates across a cluster).
 *
 * @param username login name
 * @param groups role names
 */
record SessionCaller(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();
}
