package org.refract.domain.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyser as {@link SearchAnalysis}, for the shared OpenSearch index of a cluster: standard tokenizer, lower
 * case, accents folded, English plurals made singular (OpenSearch's {@code minimal_english} stemmer is Lucene's
 * {@code EnglishMinimalStemFilter}). Change both together.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String PLURALS = "refract_english_plurals";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(PLURALS).type("stemmer").param("language", "minimal_english");
        context.analyzer("default").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding", PLURALS);
    }
}
