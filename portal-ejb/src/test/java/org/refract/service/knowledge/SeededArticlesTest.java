package org.refract.service.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.refract.domain.knowledge.RichText;

/** The seeded articles: the slugs the decision rules cite, published, linked, and unchanged by the sanitiser. */
class SeededArticlesTest {

    @Test
    void seededArticlesAreCleanPublishedAndCoverEveryCitedSlug() throws SQLException {
        String url = "jdbc:h2:mem:seededarticles;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Set<String> slugs = new HashSet<>();
            try (ResultSet rs = connection
                    .createStatement()
                    .executeQuery(
                            "select slug, body, status, (select count(*) from article_therapy t where t.article_id = a.id)"
                                    + " from article a")) {
                while (rs.next()) {
                    slugs.add(rs.getString(1));
                    String body = rs.getString(2);
                    assertEquals(RichText.text(body), RichText.text(RichText.sanitize(body)), rs.getString(1));
                    assertEquals("PUBLISHED", rs.getString(3));
                    assertTrue(rs.getInt(4) > 0, rs.getString(1) + " links to therapies");
                }
            }
            try (ResultSet rs = connection
                    .createStatement()
                    .executeQuery(
                            "select distinct article_slug from decision_rule_version where article_slug is not null")) {
                while (rs.next()) {
                    assertTrue(slugs.contains(rs.getString(1)), "a rule cites a missing article: " + rs.getString(1));
                }
            }
            assertEquals(5, slugs.size());
        }
    }
}
