/** {@code /api/analytics}: the team analytics figures as JSON or CSV. */
package org.refract.web.api.analytics;
