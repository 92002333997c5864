package org.refract.web.search;

import java.util.List;

/**
 * A group of search results (articles, catalogue, cases) as the page shows it.
 *
 * @param id the group's id: the section is {@code search-<id>}, its heading {@code search-<id>-heading}
 */
public record SearchGroup(String id, String heading, List<SearchLine> lines) {}
