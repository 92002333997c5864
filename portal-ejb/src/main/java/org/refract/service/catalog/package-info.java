/**
 * Read access to the catalogue (conditions, instruments, therapies, resistance factors) for recording and
 * display, served from memory because every case page needs it.
 */
package org.refract.service.catalog;
