/** Catalogue administration pages: therapies and resistance factors, created, edited and deactivated, never deleted. */
package org.refract.web.catalog;
