package org.refract.web.identity;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password taken from an HTTP Basic header. API clients send it with every request, so the
 * identity store may accept it from a recent verification instead of hashing the password again.
 */
final class BasicCredential extends UsernamePasswordCredential {

    BasicCredential(String username, String password) {
        super(username, password);
    }
}
