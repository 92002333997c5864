package org.refract.service.analytics;

import java.io.Serializable;

/** Meetings held (closed) in the period and the cases they decided. */
public record MeetingActivityRow(long meetingsHeld, long casesDecided) implements Serializable {}
