/** The landing pages: the router at the root and the clinician's home. */
package org.refract.web.home;
