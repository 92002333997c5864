/**
 * Team analytics: figures over the cases, meetings and recommendations of the caller's teams, each computed by one
 * aggregate query, and their CSV export with small counts suppressed.
 */
package org.refract.service.analytics;
