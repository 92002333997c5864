/**
 * The audit trail of clinical data: the Envers revision entity that records who changed what, and when.
 */
package org.refract.domain.audit;
