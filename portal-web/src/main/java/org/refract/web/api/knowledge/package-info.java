/** {@code /api/articles}: knowledge articles for integrations; writing is for administrators. */
package org.refract.web.api.knowledge;
