/**
 * Running the portal: schema migrations at start, the search index brought in step, and the start banner.
 * {@code platform} means only this; demonstration and synthetic data live in the portal-demo module
 * ({@code org.refract.demo}).
 */
package org.refract.service.platform;
