package org.refract.service.review;

import java.io.Serializable;

/** A member of the case's team who can be mentioned: "@username" and who that is. */
public record MentionOption(String username, String displayName, String discipline) implements Serializable {}
