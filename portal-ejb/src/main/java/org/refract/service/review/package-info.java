/**
 * Team case review use cases: scheduling meetings, building the agenda from ready cases, attendance and quorum,
 * proposals and votes, and the chair's password-confirmed sign-off. Everything is scoped to the caller's teams.
 */
package org.refract.service.review;
