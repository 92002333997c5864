/** Operations: the health checks the server's management port serves. */
package org.refract.web.platform;
