import java.nio.file.Paths;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The search page's case query against a copy of the case index, with the caller's team as a filter clause (as before
 * the eleventh round) and as a required clause that scores 0 (SearchService.ofTeams): how many documents Lucene scores
 * for a top ten, and the time per query once warm (docs/performance.md, "Eleventh round"). Run with WildFly's Lucene:
 *
 * <pre>
 * cp -r bench/target/&lt;run&gt;/server/data/refract/search-index-v3/clinical_case /tmp/idx &amp;&amp; rm -f /tmp/idx/write.lock
 * java -cp server-config/target/wildfly/modules/system/layers/base/org/apache/lucene/main/lucene-core-9.11.1.jar \
 *      bench/lib/TeamClauseHarness.java /tmp/idx adherence 2
 * </pre>
 *
 * (index folder, a word as indexed or its beginning, the team's id). It reads both layouts of the case index: v3 with
 * a case's words in one field (seventeenth round), v2 with them in the title, summary and evidence fields.
 */
public class TeamClauseHarness {

    /** Hands every document to a top-ten collector and counts them. */
    static final class Counting extends SimpleCollector {
        final TopScoreDocCollector top = TopScoreDocCollector.create(10, 10);
        LeafCollector leaf;
        int scored;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws java.io.IOException {
            leaf = top.getLeafCollector(context);
        }

        @Override
        public void setScorer(Scorable scorer) throws java.io.IOException {
            leaf.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws java.io.IOException {
            scored++;
            leaf.collect(doc);
        }
    }

    public static void main(String[] args) throws Exception {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Paths.get(args[0])));
        // index v3 holds a case's words in one field ("text"); v2 searched the title, summary and evidence fields
        boolean oneField = MultiTerms.getTerms(reader, "text") != null;
        TermsEnum terms = MultiTerms.getTerms(reader, oneField ? "text" : "summary").iterator();
        terms.seekCeil(new BytesRef(args[1]));
        String word = terms.term().utf8ToString();
        long team = Long.parseLong(args[2]);
        System.out.printf("%d documents (index %s); \"%s\" in %d %s%n", reader.maxDoc(), oneField ? "v3" : "v2",
                word, terms.docFreq(), oneField ? "cases' texts" : "summaries");

        // as Hibernate Search writes the words over the case's and the comment's fields (SearchService.caseText)
        Query caseWords = oneField
                ? new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("text", word)), Occur.MUST)
                        .add(new BoostQuery(new TermQuery(new Term("title", word)), 2f), Occur.SHOULD)
                        .build()
                : new BooleanQuery.Builder()
                        .add(new BoostQuery(new TermQuery(new Term("title", word)), 3f), Occur.SHOULD)
                        .add(new TermQuery(new Term("summary", word)), Occur.SHOULD)
                        .add(new TermQuery(new Term("findings.evidence", word)), Occur.SHOULD)
                        .build();
        Query words = new BooleanQuery.Builder()
                .add(caseWords, Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("body", word)), 3f), Occur.SHOULD)
                .build();
        Query ofTeam = new ConstantScoreQuery(LongPoint.newRangeQuery("teamId", team, team));
        Query[][] queries = {
            {words},
            {new BooleanQuery.Builder().add(words, Occur.MUST).add(ofTeam, Occur.FILTER).build()},
            {new BooleanQuery.Builder().add(words, Occur.MUST).add(new BoostQuery(ofTeam, 0f), Occur.MUST).build()},
        };
        String[] names = {"the words alone", "the team as a filter", "the team as a required clause, boost 0"};
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int q = 0; q < queries.length; q++) {
            Counting counting = null;
            long start = 0;
            for (int i = 0; i < 1300; i++) {
                if (i == 1200) {
                    start = System.nanoTime();
                }
                counting = new Counting();
                searcher.search(queries[q][0], counting);
            }
            System.out.printf("%-40s scored %6d documents, %.3f ms per query%n",
                    names[q], counting.scored, (System.nanoTime() - start) / 100 / 1e6);
        }
    }
}
