package org.refract.service.review;

import java.io.Serializable;

/** The caller's e-mail preference for notifications, and whether the server sends e-mail at all. */
public record NotificationPreferenceDetail(String email, boolean emailEnabled, boolean mailConfigured)
        implements Serializable {}
