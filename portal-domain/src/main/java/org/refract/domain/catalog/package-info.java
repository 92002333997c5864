/**
 * The catalogue the clinical record is built from: conditions, measurement instruments with their ranges and
 * interpretation bands, therapies and the resistance-factor taxonomy. Data, not code: admins extend it.
 */
package org.refract.domain.catalog;
