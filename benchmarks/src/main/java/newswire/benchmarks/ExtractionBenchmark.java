package newswire.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import newswire.contract.Article;
import newswire.contract.EntityRecord;
import newswire.contract.Json;
import newswire.extraction.ArticleEnricher;
import newswire.extraction.entities.NewsEntityExtractor;
import newswire.extraction.keys.EntityKeys;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.NlpPipeline;
import newswire.extraction.quotes.NewsQuoteExtractor;

/**
 * One run, one thread, the same articles: our extractor's load time, heap and throughput after warm-up, then
 * CoreNLP's own quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with default settings) and
 * the ratio. Throughput is given by wall clock and by the thread's CPU time, since the machine may be shared.
 * <p>
 * Arguments: folders to take gold-format articles from; the first that holds any *.json is used.
 */
public final class ExtractionBenchmark {

    private static final PrintStream OUT = System.out;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** our timed passes run at least this long, so the figure is not one lucky article */
    private static final long OUR_MIN_NANOS = 10_000_000_000L;
    /** a second CoreNLP pass only when the first took less than this: the run stays a few minutes */
    private static final long CORENLP_SECOND_PASS_BELOW_NANOS = 60_000_000_000L;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Article> articles = readArticles(args);
        OUT.printf("articles: %d%n", articles.size());

        long loadStart = System.nanoTime();
        ArticleEnricher enricher = ArticleEnricher.createDefault();
        long loadNanos = System.nanoTime() - loadStart;
        OUT.printf("ours: load %.2f s, heap after load %d MB%n", loadNanos / 1e9, usedHeapMb());
        OUT.printf("ours: mean tokens per article %.0f%n", meanTokens(articles));

        for (int pass = 0; pass < 3; pass++) {
            articles.forEach(enricher::enrich); // warm-up: JIT and caches
        }
        Throughput ours = measure(articles, OUR_MIN_NANOS, Integer.MAX_VALUE, a -> enricher.enrich(a));
        OUT.printf("ours: %s after warm-up, single thread%n", ours);
        components(articles);

        long coreStart = System.nanoTime();
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(coreNlpQuoteProperties());
        OUT.printf("corenlp quote pipeline: load %.2f s, heap after load %d MB%n",
                (System.nanoTime() - coreStart) / 1e9, usedHeapMb());
        coreNlp.annotate(new Annotation(articles.get(0).body())); // one warm-up article
        Throughput theirs = measure(articles, 0, 1, a -> coreNlp.annotate(new Annotation(a.body())));
        if (theirs.wallNanos < CORENLP_SECOND_PASS_BELOW_NANOS) {
            theirs = theirs.plus(measure(articles, 0, 1, a -> coreNlp.annotate(new Annotation(a.body()))));
        }
        OUT.printf("corenlp quote pipeline: %s, single thread%n", theirs);
        OUT.printf("ratio ours/corenlp: %.1fx by wall clock, %.1fx by CPU time%n",
                ours.perSecondWall() / theirs.perSecondWall(), ours.perSecondCpu() / theirs.perSecondCpu());
    }

    /**
     * What each step of ours costs per article, in CPU time: tagging (CoreNLP's tokens, POS and lemmas, then the two
     * entity CRFs), the entity rules and clustering (cross-article keys included), and the quotes with their learned
     * speaker ranking; the keys alone are also timed, over the entities already found.
     */
    private static void components(List<Article> articles) {
        NlpPipeline pipeline = new NlpPipeline();
        NewsEntityExtractor entities = new NewsEntityExtractor();
        NewsQuoteExtractor quotes = new NewsQuoteExtractor();
        List<AnnotatedText> texts = articles.stream().map(a -> pipeline.annotate(a.body())).toList();
        List<List<EntityRecord>> found = texts.stream().map(entities::extract).toList();
        double tagging = cpuMsPerArticle(articles.size(), () -> articles.forEach(a -> pipeline.annotate(a.body())));
        double rules = cpuMsPerArticle(articles.size(), () -> texts.forEach(entities::extract));
        double said = cpuMsPerArticle(articles.size(), () -> {
            for (int i = 0; i < texts.size(); i++) {
                quotes.extract(texts.get(i), found.get(i));
            }
        });
        EntityKeys keys = new EntityKeys();
        double keying = cpuMsPerArticle(articles.size(), () -> found.forEach(keys::keys));
        OUT.printf("ours by step, CPU ms/article: tagging %.1f, entities %.1f (of which cross-article keys %.3f),"
                + " quotes and speakers %.1f%n", tagging, rules, keying, said);
    }

    /** CPU milliseconds per article of {@code pass}, repeated for at least two seconds. */
    private static double cpuMsPerArticle(int articles, Runnable pass) {
        pass.run();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        int passes = 0;
        do {
            pass.run();
            passes++;
        } while (System.nanoTime() - wallStart < 2_000_000_000L);
        return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / (passes * (double) articles);
    }

    /** CoreNLP's quote attribution as its documentation runs it: every annotator it needs, default settings. */
    static Properties coreNlpQuoteProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        return p;
    }

    private interface Work {
        void run(Article article);
    }

    private record Throughput(int articles, long wallNanos, long cpuNanos) {
        double perSecondWall() {
            return articles / (wallNanos / 1e9);
        }

        double perSecondCpu() {
            return articles / (cpuNanos / 1e9);
        }

        Throughput plus(Throughput other) {
            return new Throughput(articles + other.articles, wallNanos + other.wallNanos, cpuNanos + other.cpuNanos);
        }

        @Override
        public String toString() {
            return String.format("%.2f articles/s wall (%.1f ms/article), %.2f articles/s CPU (%.1f ms CPU/article)"
                            + " over %d articles", perSecondWall(), wallNanos / 1e6 / articles, perSecondCpu(),
                    cpuNanos / 1e6 / articles, articles);
        }
    }

    /** Whole passes over the articles until {@code minNanos} have passed, at most {@code maxPasses}. */
    private static Throughput measure(List<Article> articles, long minNanos, int maxPasses, Work work) {
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        int done = 0;
        int passes = 0;
        do {
            for (Article a : articles) {
                work.run(a);
                done++;
            }
            passes++;
        } while (passes < maxPasses && System.nanoTime() - wallStart < minNanos);
        return new Throughput(done, System.nanoTime() - wallStart, THREADS.getCurrentThreadCpuTime() - cpuStart);
    }

    private static double meanTokens(List<Article> articles) {
        NlpPipeline pipeline = new NlpPipeline(); // CoreNLP pools annotators: this reuses the loaded models
        return articles.stream().mapToInt(a -> pipeline.annotate(a.body()).sentences().stream()
                .mapToInt(s -> s.tokens().size()).sum()).average().orElse(0);
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static List<Article> readArticles(String[] dirs) throws IOException {
        for (String dir : dirs) {
            Path folder = Path.of(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Article> articles = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode g = Json.mapper().readTree(Files.readString(f));
                    articles.add(new Article(g.path("id").asText(f.getFileName().toString()), null,
                            g.get("body").asText(), null, null, null, null));
                }
            }
            if (!articles.isEmpty()) {
                OUT.printf("reading articles from %s%n", folder.toAbsolutePath().normalize());
                return articles;
            }
        }
        throw new IllegalArgumentException("no *.json articles in any of " + String.join(", ", dirs));
    }
}
