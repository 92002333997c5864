/**
 * Decision support services: the current rule book (cached, rebuilt after an administrator's edit), the assessment
 * of a case for clinicians of its team, and rule administration with preview on written vignettes.
 */
package org.refract.service.decision;
