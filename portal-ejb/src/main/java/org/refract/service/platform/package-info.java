/**
 * Running the portal: schema migrations at start, demo data on the embedded database and the start banner.
 */
package org.refract.service.platform;
