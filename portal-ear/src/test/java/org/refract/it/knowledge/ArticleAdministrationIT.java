package org.refract.it.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.knowledge.ArticleStatus;
import org.refract.domain.knowledge.TextDiff;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.knowledge.ArticleAdministrationService;
import org.refract.service.knowledge.ArticleDetail;
import org.refract.service.knowledge.ArticleDiff;
import org.refract.service.knowledge.ArticleLinks;
import org.refract.service.knowledge.KnowledgeService;
import org.refract.service.knowledge.PublishedArticles;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/** Revisions, diff and restore through the services; role checks; the published-slug cache follows publication. */
@ExtendWith(ArquillianExtension.class)
class ArticleAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    ArticleAdministrationService administration;

    @EJB
    KnowledgeService knowledge;

    @EJB
    PublishedArticles published;

    @Test
    void revisionsCanBeComparedAndRestored() throws Exception {
        ArticleDetail created = as.call(
                "admin",
                () -> administration.create(
                        "restore-probe",
                        "Restore probe",
                        "Summary",
                        "<p>First text</p><p>Kept</p>",
                        ArticleLinks.none()));
        ArticleDetail second = as.call(
                "admin",
                () -> administration.save(
                        "restore-probe",
                        created.version(),
                        "Restore probe",
                        "Summary",
                        "<p>Second text</p><p>Kept</p>",
                        "Rewritten",
                        ArticleLinks.none()));
        assertEquals(2, second.revisions().size());

        ArticleDiff diff = as.call("admin", () -> administration.diff("restore-probe", 1, 2));
        TextDiff.Row changed = diff.rows().stream()
                .filter(r -> r.change() == TextDiff.Change.CHANGED)
                .findFirst()
                .orElseThrow();
        assertEquals("First text", changed.left());
        assertEquals("Second text", changed.right());

        ArticleDetail restored = as.call("admin", () -> administration.restore("restore-probe", second.version(), 1));
        assertEquals("<p>First text</p><p>Kept</p>", restored.body());
        assertEquals(3, restored.revisions().size(), "restore adds a revision; none is rewritten");
        assertEquals("Restored revision 1", restored.revisions().get(0).note());

        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> as.call(
                        "admin",
                        () -> administration.save(
                                "restore-probe",
                                second.version(),
                                "Restore probe",
                                "Summary",
                                "<p>Late</p>",
                                null,
                                ArticleLinks.none())));
        assertEquals("admin", stale.getSavedBy());
    }

    @Test
    void cliniciansReadOnlyPublishedArticlesAndNeverWrite() throws Exception {
        ArticleDetail draft = as.call(
                "admin",
                () -> administration.create("role-probe", "Role probe", "Summary", "<p>Text</p>", ArticleLinks.none()));
        assertThrows(NotFoundException.class, () -> as.call("resp.pulm", () -> knowledge.article("role-probe")));
        assertThrows(
                EJBAccessException.class,
                () -> as.call(
                        "resp.pulm",
                        () -> administration.create("x-probe", "t", "s", "<p>b</p>", ArticleLinks.none())));
        assertThrows(EJBAccessException.class, () -> as.call("resp.pulm", () -> administration.articles()));
        assertTrue(!published.isPublished("role-probe"));

        ArticleDetail review = as.call(
                "admin", () -> administration.changeStatus("role-probe", draft.version(), ArticleStatus.IN_REVIEW));
        as.call("admin", () -> administration.changeStatus("role-probe", review.version(), ArticleStatus.PUBLISHED));
        assertTrue(published.isPublished("role-probe"), "the slug cache follows publication");
        assertEquals(
                "Role probe",
                as.call("resp.pulm", () -> knowledge.article("role-probe")).title());
        assertTrue(as.call("resp.pulm", () -> knowledge.therapy("mepolizumab")).articles().stream()
                .anyMatch(a -> a.slug().equals("biologics-persistent-inflammation")));
    }
}
