/**
 * Authentication for the browser (the portal's login page) and the API (HTTP Basic), backed by the portal's
 * own accounts; login and logout pages.
 */
package org.refract.web.identity;
