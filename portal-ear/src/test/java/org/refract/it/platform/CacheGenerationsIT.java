package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;
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
        assertReadAgainAfterAChangeElsewhere(rules::book, CacheGeneration.RULES);
    }

    @Test
    void theCatalogueIsReadAgainAfterAChangeOnAnotherServer() throws Exception {
        assertReadAgainAfterAChangeElsewhere(catalog::conditions, CacheGeneration.CATALOG);
    }

    @Test
    void thePublishedArticlesAreReadAgainAfterAChangeOnAnotherServer() throws Exception {
        assertReadAgainAfterAChangeElsewhere(published::slugs, CacheGeneration.ARTICLES);
    }

    /** What {@code cached} reads is kept while nothing changes, and read again once {@code generation} is raised. */
    private void assertReadAgainAfterAChangeElsewhere(Supplier<?> cached, String generation) throws Exception {
        Object kept = cached.get();
        assertSame(kept, cached.get(), "kept while nothing changed");

        raisedElsewhere(generation);

        assertNotSame(kept, cached.get(), "read again after the change");
    }

    private void raisedElsewhere(String name) throws Exception {
        tx.begin();
        generations.raise(name);
        tx.commit();
    }
}
