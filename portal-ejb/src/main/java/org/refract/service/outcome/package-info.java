/**
 * Outcomes after a decision: the daily review job that brings a case back to its team when a follow-up or response
 * review falls due or a relapse follows a stop (once in a cluster), the reviews due on the dashboard, and the outcome
 * of a decision recorded against the recommendation that made it.
 */
package org.refract.service.outcome;
