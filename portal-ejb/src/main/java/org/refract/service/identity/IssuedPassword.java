package org.refract.service.identity;

import java.io.Serializable;

/**
 * A password the administrator must pass on: shown once, never stored in readable form.
 *
 * @param username the account it belongs to
 * @param oneTimePassword the generated password, or null when the administrator typed the initial password
 */
public record IssuedPassword(String username, String oneTimePassword) implements Serializable {}
