/**
 * Casework pages: the worklist of the caller's cases and the new-case form. The case page itself lives here too.
 */
package org.refract.web.casework;
