/** The OpenAPI description of the REST API ({@code GET /api/openapi.json}), generated from the resources. */
package org.refract.web.api.description;
