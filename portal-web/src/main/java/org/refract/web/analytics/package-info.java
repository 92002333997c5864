/** The team analytics page ({@code /analytics/}) and its CSV export. */
package org.refract.web.analytics;
