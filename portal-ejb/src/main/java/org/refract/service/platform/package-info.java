/**
 * Running the portal: schema migrations at start (emptied first only for a database named by its URL), the search
 * index brought in step, the start banner and whether it runs with demonstration data.
 * {@code platform} means only this; demonstration and synthetic data live in the portal-demo module
 * ({@code org.refract.demo}).
 */
package org.refract.service.platform;
