/**
 * What every service shares: the typed exceptions the web and REST layers translate, the clock, and the caller.
 */
package org.refract.service.shared;
