package org.refract.demo.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.CaseComment;
import org.refract.domain.review.Notification;
import org.refract.domain.review.NotificationRules;
import org.refract.domain.review.Recommendation;

/**
 * discussion: a short team discussion on three showcase cases (with replies and mentions, and the notifications the
 * mentions caused), and the notifications of the demo meetings' signed recommendations (actions, signatures), so that
 * the Discussion tab, the bell and the dashboard show something on first start. Runs after the demo meetings.
 */
@Dependent
public class DemoDiscussionSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDiscussionSeeder.class);

    /** One comment: on which case, by whom, hours ago, the text, and the index in LINES of the comment it answers. */
    private record Line(String pseudonym, String author, int hoursAgo, String text, Integer replyTo) {}

    private static final List<Line> LINES = List.of(
            new Line(
                    "P-1001",
                    "resp.pulm",
                    50,
                    "Eosinophils 380 and 410 on two occasions, two courses of oral"
                            + " steroids since spring. @resp.pharm could you check the refill records before Thursday?",
                    null),
            new Line(
                    "P-1001",
                    "resp.pharm",
                    30,
                    "Refills are regular for the last 12 months (ICS-LABA 11 of 12)."
                            + " Inhaler technique checked at the pharmacy in October.",
                    0),
            new Line(
                    "P-1001",
                    "resp.chair",
                    26,
                    "Thanks. Then adherence is not the explanation. @resp.pulm please"
                            + " add the FeNO from last week so we can compare the biologic options.",
                    0),
            new Line(
                    "P-1001",
                    "resp.nurse",
                    4,
                    "Listed for the next MDT. Patient prefers home administration if a" + " biologic is started.",
                    null),
            new Line(
                    "P-2001",
                    "neuro.neuro",
                    20,
                    "Still MGFA IIIb on pyridostigmine and prednisolone 20 mg."
                            + " @neuro.immuno is a repeat AChR titre worth it before we discuss complement inhibition?",
                    null),
            new Line(
                    "P-2001",
                    "neuro.immuno",
                    6,
                    "Not needed for the decision; the diagnosis is secure. I would"
                            + " rather have the thymectomy histology on file.",
                    4),
            new Line(
                    "P-3001",
                    "haem.haem",
                    12,
                    "Inhibitor 4.2 BU on the last two checks. @haem.pharm what is the"
                            + " current emicizumab supply situation for home treatment?",
                    null));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void seed() {
        Instant now = clock.instant();
        CaseComment[] posted = new CaseComment[LINES.size()];
        int notified = 0;
        for (int i = 0; i < LINES.size(); i++) {
            Line line = LINES.get(i);
            ClinicalCase clinicalCase = em.createQuery(
                            "select c from ClinicalCase c where c.patient.pseudonym = :p", ClinicalCase.class)
                    .setParameter("p", line.pseudonym())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            UserAccount author = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                    .setParameter("username", line.author())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (clinicalCase == null || author == null) {
                continue;
            }
            Instant at = now.minus(Duration.ofHours(line.hoursAgo()));
            CaseComment comment = new CaseComment(
                    clinicalCase,
                    line.replyTo() == null ? null : posted[line.replyTo()],
                    author,
                    line.text(),
                    at,
                    clinicalCase.getTeam().memberUsernames());
            em.persist(comment);
            posted[i] = comment;
            for (NotificationRules.Notice notice : NotificationRules.mentioned(comment, author.getDisplayName())) {
                em.persist(new Notification(
                        notice.recipient(),
                        notice.kind(),
                        notice.text(),
                        clinicalCase.getId(),
                        null,
                        author.getUsername(),
                        at));
                notified++;
            }
        }
        for (Recommendation signed : em.createQuery(
                        "select r from Recommendation r where r.signedAt is not null", Recommendation.class)
                .getResultList()) {
            AgendaItem item = signed.getAgendaItem();
            String signer = signed.getSignedBy().map(UserAccount::getUsername).orElse("system");
            for (NotificationRules.Notice notice : NotificationRules.recommendationSigned(item, signer)) {
                em.persist(new Notification(
                        notice.recipient(),
                        notice.kind(),
                        notice.text(),
                        item.getClinicalCase().getId(),
                        item.getMeeting().getId(),
                        signer,
                        signed.getSignedAt().orElse(now)));
                notified++;
            }
        }
        LOG.infof("Demo discussion created: %d comments, %d notifications", LINES.size(), notified);
    }
}
