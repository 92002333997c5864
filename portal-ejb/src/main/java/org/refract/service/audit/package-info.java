/** Security events: recorded by the services and the authentication mechanism, read by administrators. */
package org.refract.service.audit;
