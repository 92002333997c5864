/**
 * Clinical-trial administration: the registered trials administrators keep, each created with its eligibility rule
 * (kind TRIAL) that the rule editor versions like every rule.
 */
package org.refract.service.trial;
