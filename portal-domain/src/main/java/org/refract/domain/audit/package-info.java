/**
 * The audit trail: the Envers revision entity that records who changed clinical data, and when, and the security
 * events (logins, failures, throttled attempts, role and team grants, password changes, exports).
 */
package org.refract.domain.audit;
