/**
 * What every page shares: the current user for the header and navigation, messages, and the build version.
 */
package org.refract.web.shared;
