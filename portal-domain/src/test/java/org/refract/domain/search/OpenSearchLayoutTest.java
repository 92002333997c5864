package org.refract.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenSearchLayoutTest {

    private final OpenSearchLayout layout = new OpenSearchLayout();

    @Test
    void namesTheIndexAndItsAliasesWithTheVersion() {
        assertEquals("clinical_case-v3-000001", layout.createInitialElasticsearchIndexName("clinical_case"));
        assertEquals("clinical_case-v3-write", layout.createWriteAlias("clinical_case"));
        assertEquals("clinical_case-v3-read", layout.createReadAlias("clinical_case"));
    }

    @Test
    void findsThePortalsNameInAnIndexOfThisVersion() {
        assertEquals("clinical_case", layout.extractUniqueKeyFromHibernateSearchIndexName("clinical_case"));
        assertEquals("clinical_case", layout.extractUniqueKeyFromElasticsearchIndexName("clinical_case-v3-000001"));
        assertEquals(
                "catalog_resistance_factor",
                layout.extractUniqueKeyFromElasticsearchIndexName("catalog_resistance_factor-v3-000002"));
    }

    /** An index of the version before (Hibernate Search's own names) or of another version is not taken for this one. */
    @ParameterizedTest
    @ValueSource(strings = {"clinical_case-000001", "clinical_case-v2-000001", "clinical_case-v3-write", "-v3-000001"})
    void refusesAnIndexOfAnotherVersion(String name) {
        assertThrows(IllegalArgumentException.class, () -> layout.extractUniqueKeyFromElasticsearchIndexName(name));
    }
}
