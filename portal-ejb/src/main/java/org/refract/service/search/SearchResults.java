package org.refract.service.search;

import java.util.List;

/**
 * What one query found, grouped by kind; cases only of the caller's teams (none for administrators).
 *
 * @param query the query as searched
 * @param articles matching published articles
 * @param catalogue matching therapies, resistance factors, conditions and instruments
 * @param cases matching cases of the caller's teams
 * @param rebuilding true while the index is being rebuilt, so that the results may be incomplete
 */
public record SearchResults(
        String query, List<SearchHit> articles, List<SearchHit> catalogue, List<SearchHit> cases, boolean rebuilding) {

    public static SearchResults none(String query, boolean rebuilding) {
        return new SearchResults(query, List.of(), List.of(), List.of(), rebuilding);
    }

    public boolean isEmpty() {
        return articles.isEmpty() && catalogue.isEmpty() && cases.isEmpty();
    }

    public int total() {
        return articles.size() + catalogue.size() + cases.size();
    }
}
