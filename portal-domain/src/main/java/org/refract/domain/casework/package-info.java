/**
 * Casework: pseudonymous patients and their clinical cases with observations, treatment lines and resistance
 * findings. Every clinical entity here is audited by Envers; the case enforces its own status workflow.
 */
package org.refract.domain.casework;
