package org.refract.domain.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * The names of a cluster's shared OpenSearch indexes, versioned like the Lucene folder of a single node
 * ({@code search-index-v3} in persistence.xml; change both together). Hibernate Search's own layout names an index
 * {@code clinical_case-000001} with the aliases {@code clinical_case-write} and {@code clinical_case-read}; this one
 * puts the version before the number ({@code clinical_case-v3-000001}, {@code clinical_case-v3-write},
 * {@code clinical_case-v3-read}). A new version of the mapping thus starts on empty indexes, which the cluster's first
 * node rebuilds from the database at start (SearchIndex), instead of failing the validation of the old ones; the old
 * indexes stay in OpenSearch until an operator deletes them.
 */
public class OpenSearchLayout implements IndexLayoutStrategy {

    /** The version of the indexes' mapping and analysis: 3 since a case's words are one field. */
    private static final String VERSION = "v3";

    private static final Pattern INDEX = Pattern.compile("(.+)-" + VERSION + "-\\d{6}");

    @Override
    public String createInitialElasticsearchIndexName(String name) {
        return name + "-" + VERSION + "-000001";
    }

    @Override
    public String createWriteAlias(String name) {
        return name + "-" + VERSION + "-write";
    }

    @Override
    public String createReadAlias(String name) {
        return name + "-" + VERSION + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String name) {
        return name;
    }

    /** The portal's name of an index of this version; an index of another version is not one of the portal's. */
    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String indexName) {
        Matcher matcher = INDEX.matcher(indexName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Not a Refract search index of version " + VERSION + ": '" + indexName + "'");
        }
        return matcher.group(1);
    }
}
