package org.refract.service.casework;

import java.io.Serializable;

/** A team member who can be made responsible for a case. */
public record TeamMemberOption(String username, String displayName) implements Serializable {}
