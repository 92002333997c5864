/**
 * Team case review: meetings with an agenda of ready cases, attendance and quorum, therapy proposals with votes,
 * and the structured recommendation the chair signs off (locked afterwards, corrected only by addenda).
 */
package org.refract.domain.review;
