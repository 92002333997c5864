/**
 * Logging in (password check and lockout), the caller's profile and teams, and user administration.
 */
package org.refract.service.identity;
