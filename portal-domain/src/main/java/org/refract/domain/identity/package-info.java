/**
 * Who uses the portal: user accounts with their roles, password and lockout state, and the clinical teams
 * they belong to.
 */
package org.refract.domain.identity;
