/**
 * The REST API under {@code /portal/api} (see shared/API.md): HTTP Basic, JSON, the same roles and team
 * scoping as the pages, and one error format.
 */
package org.refract.web.api;
