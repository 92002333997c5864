package org.refract.domain.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyser of every full-text field (it replaces Hibernate Search's "default"): words split as the standard
 * tokenizer splits them, lower case, accents folded, and English plurals made singular ("englishMinimalStem"), so that
 * "exacerbation" finds "exacerbations". A light stemmer on purpose: drug and antibody names stay whole, and
 * "asthmatic" does not find "asthma". {@code SearchWords} in the services mirrors it for highlighting; change both
 * together, and the index folder's version in persistence.xml with them (the index is then rebuilt at start).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("default")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishMinimalStem");
    }
}
