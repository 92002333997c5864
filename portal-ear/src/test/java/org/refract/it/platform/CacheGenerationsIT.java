package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.platform.CacheGeneration;
import org.refract.it.Deployments;
import org.refract.service.catalog.CatalogService;
import org.refract.service.decision.DecisionRules;
import org.refract.service.knowledge.PublishedArticles;
import org.refract.service.platform.CacheGenerations;

/**
 * The catalogue, the rule book and the published articles are kept in memory on every server; a change committed on another server of a
 * cluster (which raises the generation in the database, as this test does directly) makes this one read them again.
 */
@ExtendWith(ArquillianExtension.class)
class CacheGenerationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    DecisionRules rules;

    @EJB
    CatalogService catalog;

    @EJB
    PublishedArticles published;

    @EJB
    CacheGenerations generations;

    @Inject
    UserTransaction tx;

    @Test
    void theRuleBookIsReadAgainAfterAChangeOnAnotherServer() throws Exception {
        var book = rules.book();
        assertSame(book, rules.book(), "kept while nothing changed");

        raisedElsewhere(CacheGeneration.RULES);

        assertNotSame(book, rules.book(), "read again after the change");
    }

    @Test
    void theCatalogueIsReadAgainAfterAChangeOnAnotherServer() throws Exception {
        var conditions = catalog.conditions();
        assertSame(conditions, catalog.conditions(), "kept while nothing changed");

        raisedElsewhere(CacheGeneration.CATALOG);

        assertNotSame(conditions, catalog.conditions(), "read again after the change");
    }

    @Test
    void thePublishedArticlesAreReadAgainAfterAChangeOnAnotherServer() throws Exception {
        var slugs = published.slugs();
        assertSame(slugs, published.slugs(), "kept while nothing changed");

        raisedElsewhere(CacheGeneration.ARTICLES);

        assertNotSame(slugs, published.slugs(), "read again after the change");
    }

    private void raisedElsewhere(String name) throws Exception {
        tx.begin();
        generations.raise(name);
        tx.commit();
    }
}
