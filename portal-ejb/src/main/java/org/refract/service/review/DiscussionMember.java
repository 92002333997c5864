package org.refract.service.review;

import org.refract.domain.identity.Discipline;

/**
 * A member of a case's team as the discussion needs them: who they are and how they are named, never their account
 * (no password hash, no roles).
 */
public record DiscussionMember(long id, String username, String displayName, Discipline discipline) {}
