package org.refract.service.review;

/** A team member and their attendance at one meeting ({@code status} null while not recorded). */
public record AttendanceRow(
        String username,
        String displayName,
        String discipline,
        String teamRole,
        String status,
        String coverUsername,
        String coverName)
        implements java.io.Serializable {}
