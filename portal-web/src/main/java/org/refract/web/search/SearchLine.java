package org.refract.web.search;

/**
 * One search result as the page shows it, every text ready, so that the groups are written in one pass
 * ({@link SearchGroups}).
 *
 * @param kind the hit's kind in lower case, for the item's style class ({@code search-result-article})
 * @param kindLabel the kind as the chip shows it ("Article")
 * @param href the result's page with the context path, or null for an entry without a page of its own
 * @param titleHtml escaped text with only {@code <mark>} added around matches (the search service's)
 * @param snippetHtml the same for the snippet, or empty
 */
public record SearchLine(String kind, String kindLabel, String href, String titleHtml, String snippetHtml) {}
