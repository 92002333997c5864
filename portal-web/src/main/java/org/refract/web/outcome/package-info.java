/** Outcomes after a decision on the case page's Reviews tab: what became of each signed recommendation. */
package org.refract.web.outcome;
