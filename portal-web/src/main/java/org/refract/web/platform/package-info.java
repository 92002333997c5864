/** Operations: the health endpoints that load balancers and orchestrators poll. */
package org.refract.web.platform;
