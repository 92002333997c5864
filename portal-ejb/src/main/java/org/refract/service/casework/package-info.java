/**
 * Recording and reading cases of treatment-resistant disease: team-scoped, role-checked, audited services and the
 * commands and read models they exchange with the web layer and the REST API.
 */
package org.refract.service.casework;
