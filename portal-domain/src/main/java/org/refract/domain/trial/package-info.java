/**
 * Clinical trials as content: the registered trials administrators keep for the refractory conditions, with their
 * recruitment status and sites, each tied to a versioned eligibility rule of kind TRIAL in the rule language.
 */
package org.refract.domain.trial;
