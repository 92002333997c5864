package org.refract.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.refract.demo.casework.DemoCaseSeeder;
import org.refract.demo.identity.DemoAccount;
import org.refract.demo.identity.DemoQuorumRules;
import org.refract.demo.review.DemoDiscussionSeeder;
import org.refract.domain.catalog.Condition;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.service.identity.PasswordHasher;
import org.refract.service.platform.DemonstrationMode;
import org.refract.service.platform.JobRuns;
import org.refract.service.search.SearchIndex;

/**
 * Fills an empty embedded database with the demo teams and accounts, and prints the demo logins.
 * <p>
 * Only when asked for with {@code -Drefract.demo=true} (the README's Run command asks for it, and so do the
 * tests), on any database: an install that does not ask has no demo account with its published password. When on,
 * the pages show a "demonstration data" banner ({@link DemonstrationMode}). Nothing is created when users already
 * exist, so a restart keeps what people entered.
 * <p>
 * Starts after the portal's own start-up singletons (migration, search index, banner: it names the last of them),
 * so the dependency runs from the demo to the portal and never back; what it writes goes through JPA and is
 * indexed as it commits.
 * <p>
 * Once per cluster: the servers of a cluster start on one database at about the same time, and the seeding is
 * claimed ({@link JobRuns}) in its own transaction, so one server seeds and the others wait for it and find the data
 * there; a server that dies while seeding leaves the claim and the data to the next one.
 */
@Startup
@Singleton
@RunAs(Role.ADMIN_NAME) // the demo's outcomes run the review loop for its story cases, as the daily job does
@DependsOn("StartupBanner")
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoCaseSeeder demoCases;

    @Inject
    DemoDiscussionSeeder demoDiscussion; // discussion

    @Inject
    DemonstrationMode demonstration;

    @EJB
    SearchIndex searchIndex;

    @EJB
    JobRuns jobRuns;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!requested(System.getProperty("refract.demo"))) {
            return;
        }
        demonstration.switchOn();
        if (somethingToSeed() && jobRuns.claim("demo-seed", "demo", LocalDate.now(clock))) {
            long users = em.createQuery("select count(u) from UserAccount u", Long.class)
                    .getSingleResult();
            if (users == 0) {
                createTeamsAndAccounts();
            }
            if (casesWanted() && cases() == 0) {
                demoCases.seed();
                demoDiscussion.seed(); // discussion: comments and mentions on showcase cases
            }
            // A fresh demonstration starts with a whole index (the tests search at once too). A restart seeds nothing
            // and does not wait: a rebuild of a large database (bench/run's 100,000 cases) runs after the start.
            searchIndex.awaitRebuild();
        }
        LOG.info(loginTable());
    }

    private boolean somethingToSeed() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0
                || (casesWanted() && cases() == 0);
    }

    private long cases() {
        return em.createQuery("select count(c) from ClinicalCase c", Long.class).getSingleResult();
    }

    private static boolean casesWanted() {
        return !"false".equals(System.getProperty("refract.demo.cases"));
    }

    /** The demo runs only when {@code refract.demo} says {@code true}; nothing else turns it on. */
    static boolean requested(String setting) {
        return Boolean.parseBoolean(setting);
    }

    private void createTeamsAndAccounts() {
        Map<String, Team> teams = new HashMap<>();
        for (var t : DemoAccount.TEAMS) {
            Team team = new Team(t.get(0), t.get(1), t.get(2));
            // --- team review: quorum rules of the demo teams
            team.changeQuorumRule(DemoQuorumRules.of(team.getCode()));
            em.persist(team);
            teams.put(team.getCode(), team);
        }
        coverDemoConditions(teams);
        // One hash for all: demo accounts share a published password, and hashing each would slow the start.
        String hash = new PasswordHasher().hash(DemoAccount.PASSWORD);
        for (DemoAccount a : DemoAccount.ALL) {
            UserAccount user =
                    new UserAccount(a.username(), a.displayName(), a.discipline(), hash, EnumSet.of(a.role()));
            em.persist(user);
            if (a.team() != null) {
                teams.get(a.team()).enrol(user, a.teamRole());
            }
        }
        LOG.infof("Demo data created: %d teams, %d accounts", teams.size(), DemoAccount.ALL.size());
    }

    // --- people: the catalogue conditions each demo team covers (as V12 links them in existing databases)
    private void coverDemoConditions(Map<String, Team> teams) {
        Map<String, List<String>> covered = Map.of(
                "respiratory", List.of("severe-asthma"),
                "neuromuscular", List.of("myasthenia-gravis"),
                "haemophilia", List.of("haemophilia-a", "haemophilia-b"),
                "epilepsy", List.of("epilepsy"),
                "lymphoma", List.of("dlbcl"),
                "lupus", List.of("sle"));
        covered.forEach((team, codes) -> teams.get(team)
                .cover(em.createQuery("select c from Condition c where c.code in :codes", Condition.class)
                        .setParameter("codes", codes)
                        .getResultList()));
    }
    // --- end people

    private static String loginTable() {
        StringBuilder table = new StringBuilder("Demo logins (password for all: ")
                .append(DemoAccount.PASSWORD)
                .append(")\n");
        table.append(String.format("  %-14s %-10s %-14s %s%n", "username", "role", "team", "name"));
        for (DemoAccount a : DemoAccount.ALL) {
            table.append(String.format(
                    "  %-14s %-10s %-14s %s%n",
                    a.username(), a.role(), a.team() == null ? "-" : a.team(), a.displayName()));
        }
        return table.toString();
    }
}
