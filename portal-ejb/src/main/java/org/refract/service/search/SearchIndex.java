package org.refract.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Role;
import org.refract.domain.knowledge.Article;
import org.refract.domain.review.CaseComment;
import org.refract.service.platform.AfterStart;

/**
 * Keeps the search index in step with the database. Hibernate Search indexes every write as it commits; this bean
 * rebuilds the whole index when it does not match the database at start (first start, a database restored or
 * cleaned under an index that survived) and when an administrator asks for it.
 * <p>
 * The check at start and the rebuild it may ask for run in the background, so that a large database does not hold
 * the deployment (and the readiness of the node) for the minutes a full reindex takes; meanwhile searches answer what
 * the index already holds and say that it may be incomplete ({@link #isRebuilding()}). Both begin once the server has
 * started ({@link AfterStart}), so that they do not take the processors from the rest of the deployment either (the
 * check's counts and first queries were 0.44 s of CPU in a start on two cores), unless someone waits for them earlier
 * ({@link #awaitRebuild()}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    static final List<Class<?>> INDEXED = List.of(
            Article.class,
            Therapy.class,
            ResistanceFactor.class,
            Condition.class,
            Instrument.class,
            ClinicalCase.class,
            CaseComment.class);

    /** Longest transaction of a rebuild (see {@link #massIndex}). */
    static final Duration REBUILD_TRANSACTION_TIMEOUT = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    AfterStart afterStart;

    /**
     * The check at start and the rebuild it asked for (one answer, complete once the index is known to be whole), a
     * rebuild under way, or a completed one.
     */
    private final AtomicReference<CompletableFuture<Void>> running =
            new AtomicReference<>(CompletableFuture.completedFuture(null));

    /** Begins the check that the start asked for; taken by whoever comes first (after the start, or a waiter). */
    private final AtomicReference<Runnable> pending = new AtomicReference<>();

    @PostConstruct
    void checkOnceStarted() {
        if (isShared()) {
            createSharedIndexesIfMissing();
        }
        CompletableFuture<Void> check = new CompletableFuture<>();
        running.set(check);
        pending.set(() -> rebuildIfStale(check));
        afterStart.run("Checking the search index", this::beginPending);
    }

    /** Compares the index with the database and rebuilds it when they differ; completes {@code check} when whole. */
    private void rebuildIfStale(CompletableFuture<Void> check) {
        try {
            long inDatabase = rowsInDatabase();
            long inIndex = documentsInIndex();
            if (!needsRebuild(isShared(), inDatabase, inIndex)) {
                check.complete(null);
                return;
            }
            LOG.infof(
                    "Search index holds %d documents for %d rows: rebuilding it in the background",
                    inIndex, inDatabase);
        } catch (RuntimeException e) {
            LOG.warn("Checking the search index failed; rebuilding it", e);
        }
        massIndex(check);
    }

    /** Begins the check asked for at start, unless it has begun already. */
    private void beginPending() {
        Runnable begin = pending.getAndSet(null);
        if (begin != null) {
            begin.run();
        }
    }

    /**
     * Creates the OpenSearch indexes of a cluster unless they exist, and checks their mappings. Hibernate Search
     * leaves them alone as it boots in a cluster (schema management "none", configure-search-opensearch.cli): two nodes
     * starting together on an empty OpenSearch both created them, and the slower node's deployment failed with
     * "resource_already_exists_exception" (ha/run, 3 December). A node that loses that race here finds the indexes on
     * its next attempt.
     */
    void createSharedIndexesIfMissing() {
        SearchSchemaManager schema = Search.mapping(emf).scope(INDEXED).schemaManager();
        attempt(3, Duration.ofSeconds(1), schema::createOrValidate, Thread::sleep);
    }

    /** Runs {@code work} up to {@code attempts} times, waiting {@code pause} times the attempt number between them. */
    static void attempt(int attempts, Duration pause, Runnable work, Pause sleeper) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.infof("Creating the shared search indexes failed (another node may be creating them): %s", e);
                try {
                    sleeper.sleep(pause.toMillis() * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Waits between attempts (Thread::sleep; a test passes one that only counts). */
    @FunctionalInterface
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * Whether the index must be rebuilt at start. A node's own Lucene index must hold exactly the rows of the database.
     * The OpenSearch index a cluster shares lags behind the database by the writes its outbox has not sent yet, and
     * the other nodes answer searches from it while this one starts: it is rebuilt only when it is empty (the first
     * start of a cluster, or a new index), never because a restarted node sees writes in flight.
     */
    static boolean needsRebuild(boolean shared, long inDatabase, long inIndex) {
        return shared ? inIndex == 0 && inDatabase > 0 : inDatabase != inIndex;
    }

    /** Whether the index is the OpenSearch one of a cluster (configure-search-opensearch.cli), not this node's own. */
    static boolean isShared() {
        return "elasticsearch".equals(System.getProperty("refract.search.backend"));
    }

    /** Rebuilds the index from the database and answers how many documents it then holds. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long rebuild() {
        try {
            rebuildInBackground().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rebuilding the search index failed", e.getCause());
        }
        return documentsInIndex();
    }

    /**
     * Starts rebuilding the index from the database, unless a rebuild is already under way, and returns at once;
     * the answer completes when the index is whole again.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Future<Void> rebuildInBackground() {
        beginPending();
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> previous = running.get();
        if (!previous.isDone() || !running.compareAndSet(previous, started)) {
            return running.get();
        }
        massIndex(started);
        return started;
    }

    /**
     * Rebuilds the whole index and completes {@code started} when done. Its transactions (loading the ids, then the
     * entities in batches) may last longer than the server's default timeout (120 s, configure-limits.cli) on a large
     * database: on a busy machine the id loading of 100,000 cases was rolled back after 120 s and the rebuild failed.
     */
    private void massIndex(CompletableFuture<Void> started) {
        try {
            startMassIndexer(started);
        } catch (RuntimeException e) {
            LOG.error("Rebuilding the search index could not start", e);
            started.completeExceptionally(e); // not "rebuilding" for ever
        }
    }

    private void startMassIndexer(CompletableFuture<Void> started) {
        long start = System.nanoTime();
        Search.mapping(emf)
                .scope(INDEXED)
                .massIndexer()
                .purgeAllOnStart(true)
                // one segment per index at the end: a query pays a term lookup and a scorer per segment, and a rebuild
                // of 100,000 cases left 13 (docs/performance.md, sixteenth round)
                .mergeSegmentsOnFinish(true)
                .threadsToLoadObjects(1)
                .transactionTimeout((int) REBUILD_TRANSACTION_TIMEOUT.toSeconds())
                .start()
                .whenComplete((done, failure) -> {
                    if (failure == null) {
                        LOG.infof("Search index rebuilt in %d ms", (System.nanoTime() - start) / 1_000_000);
                        started.complete(null);
                    } else {
                        LOG.error("Rebuilding the search index failed", failure);
                        started.completeExceptionally(failure);
                    }
                });
    }

    /**
     * Waits until the check at start and a rebuild under way have finished, beginning at once a check that waits for
     * the end of the start (the demo module does after seeding, so that the demonstration starts with a whole index;
     * nothing else needs to).
     */
    @PermitAll
    public void awaitRebuild() {
        beginPending();
        try {
            running.get().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("The search index rebuild failed; searches answer what the index holds");
        }
    }

    /**
     * True while the index is being rebuilt, or not yet checked after a start (a second or so): searches may miss what
     * it has not reached yet.
     */
    @PermitAll
    public boolean isRebuilding() {
        return !running.get().isDone();
    }

    private long documentsInIndex() {
        SearchSession session = Search.session(em);
        return session.search(INDEXED).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private long rowsInDatabase() {
        long rows = 0;
        for (Class<?> type : INDEXED) {
            rows += em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                    .getSingleResult();
        }
        return rows;
    }
}
