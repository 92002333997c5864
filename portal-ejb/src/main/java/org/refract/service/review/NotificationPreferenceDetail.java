package org.refract.service.review;

import java.io.Serializable;

/**
 * The caller's e-mail preference for notifications, whether the server sends e-mail at all, and whether the address
 * is verified (nothing is sent to it before).
 */
public record NotificationPreferenceDetail(
        String email, boolean emailEnabled, boolean mailConfigured, boolean emailVerified) implements Serializable {}
