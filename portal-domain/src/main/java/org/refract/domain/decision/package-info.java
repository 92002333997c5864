/**
 * Decision support: refractory definitions, therapy eligibility, response and safety rules kept as versioned,
 * cited content, and the three-valued evaluation that explains, criterion by criterion, what was met, unmet or
 * missing for a case. The portal never prescribes; every threshold comes from rule data an administrator edits.
 */
package org.refract.domain.decision;
