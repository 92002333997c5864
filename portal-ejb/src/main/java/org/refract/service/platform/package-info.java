/**
 * Running the portal: schema migrations at start (emptied first only for a database named by its URL), the search
 * index brought in step, work deferred until the server has started ({@code AfterStart}), the start banner, whether it runs with demonstration data, and the mail outbox through
 * which every e-mail leaves (with the portal's public address for the links in it).
 * {@code platform} means only this; demonstration and synthetic data live in the portal-demo module
 * ({@code org.refract.demo}).
 */
package org.refract.service.platform;
