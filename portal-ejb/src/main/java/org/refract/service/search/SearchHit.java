package org.refract.service.search;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are escaped text in which only the matched words are
 * wrapped in {@code <mark>}: safe to render unescaped.
 *
 * @param kind ARTICLE, CASE, or the catalogue entry's kind (THERAPY, FACTOR, CONDITION, INSTRUMENT)
 * @param key  what the result's page is opened with: the article's slug, the catalogue code or the case id
 */
public record SearchHit(String kind, String key, String titleHtml, String snippetHtml) {}
