package org.refract.service.search;

import java.util.List;

/** What one query found, grouped by kind; cases only of the caller's teams (none for administrators). */
public record SearchResults(String query, List<SearchHit> articles, List<SearchHit> catalogue, List<SearchHit> cases) {

    public static SearchResults none(String query) {
        return new SearchResults(query, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return articles.isEmpty() && catalogue.isEmpty() && cases.isEmpty();
    }

    public int total() {
        return articles.size() + catalogue.size() + cases.size();
    }
}
