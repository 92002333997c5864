/** The header's search box and {@code /search.xhtml}: results grouped by kind, matches marked. */
package org.refract.web.search;
