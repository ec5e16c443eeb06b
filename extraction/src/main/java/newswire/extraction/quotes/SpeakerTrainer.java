package newswire.extraction.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.NlpPipeline;

/**
 * Learns the {@link CueWords} and the {@link SpeakerModel} from quotations whose source and cue were annotated by
 * people (PolNeAR: {@code shared/corpora/polnear/train}), chooses the training settings on a second split
 * ({@code polnear/dev}), and writes both files into a resources folder. Only words and weights are written, never
 * text of the articles. Deterministic: the same corpora give the same files.
 * <p>
 * The model is a conditional log-linear ranker: for each quotation, the probability of each candidate mention is
 * the softmax of its score, and training maximises the log of the probability given to the annotated source
 * (summed over candidates that overlap it), with AdaGrad and an L2 penalty. The mention chosen for the quotation
 * before is a feature; in training it is the annotated one.
 */
public final class SpeakerTrainer {

    /** A feature must be seen this often in training to get a weight: rarer ones only learn noise. */
    private static final int MIN_FEATURE_COUNT = 2;
    private static final double LEARNING_RATE = 0.1;
    private static final double[] L2 = {1e-4, 1e-3, 1e-2};
    private static final int[] EPOCHS = {2, 4, 8};
    private static final long SEED = 20261130L;

    private final PrintStream log;
    private final NlpPipeline pipeline = new NlpPipeline();
    private final QuotationScanner scanner = new QuotationScanner();

    private SpeakerTrainer(PrintStream log) {
        this.log = log;
    }

    /** Trains on {@code trainDir}, chooses settings on {@code devDir}, writes the two files into {@code resources}. */
    public static void train(Path trainDir, Path devDir, Path resources, PrintStream log) throws IOException {
        new SpeakerTrainer(log).run(trainDir, devDir, resources);
    }

    private void run(Path trainDir, Path devDir, Path resources) throws IOException {
        List<Article> train = read(trainDir);
        List<Article> dev = read(devDir);
        log.printf("annotating %d train and %d dev articles...%n", train.size(), dev.size());
        long t0 = System.nanoTime();
        annotate(train);
        annotate(dev);
        log.printf("annotated in %.0f s%n", (System.nanoTime() - t0) / 1e9);

        AttributionWords cues = learnCues(train);
        AttributionWords sources = learnSourceNouns(train);
        log.printf("cue verbs: %d lemmas seen as cues, %d of them cues by the rule%n", cues.counts().size(),
                cues.counts().keySet().stream().filter(cues::contains).count());
        log.printf("source nouns: %d lemmas seen heading a source, %d of them by the rule%n", sources.counts().size(),
                sources.counts().keySet().stream().filter(sources::contains).count());
        FeatureIndex index = new FeatureIndex();
        List<Example> trainExamples = examples(train, cues, sources, index, true);
        index.prune(MIN_FEATURE_COUNT);
        List<Example> devExamples = examples(dev, cues, sources, index, false);
        trainExamples = examples(train, cues, sources, index, false);
        log.printf("features: %d; examples: %d train (source among candidates: %.3f), %d dev (%.3f)%n",
                index.size(), trainExamples.size(), covered(trainExamples), devExamples.size(), covered(devExamples));

        double bestAccuracy = -1;
        double[] best = null;
        String bestSetting = null;
        for (double l2 : L2) {
            double[] w = new double[index.size()];
            double[] g2 = new double[index.size()];
            double[] sum = new double[index.size()];
            int done = 0;
            for (int epochs : EPOCHS) {
                for (; done < epochs; done++) {
                    epoch(trainExamples, w, g2, l2, new Random(SEED + done));
                    for (int f = 0; f < w.length; f++) {
                        sum[f] += w[f];
                    }
                }
                // the mean of the weights after each epoch: steadier than the last ones, which depend on the order
                // the last epoch happened to see the quotations in
                double[] mean = new double[w.length];
                for (int f = 0; f < w.length; f++) {
                    mean[f] = sum[f] / done;
                }
                double accuracy = accuracy(devExamples, mean);
                log.printf("  l2=%g epochs=%d: train %.4f dev %.4f (nobody right on dev: %.4f)%n", l2, epochs,
                        accuracy(trainExamples, mean), accuracy, nobodyAccuracy(devExamples, mean));
                if (accuracy > bestAccuracy) {
                    bestAccuracy = accuracy;
                    best = mean;
                    bestSetting = "l2=" + l2 + " epochs=" + epochs;
                }
            }
        }
        log.printf("chosen on dev: %s (dev accuracy of the first choice %.4f)%n", bestSetting, bestAccuracy);
        writeNameGenders(resources.resolve(NameGenders.RESOURCE.substring(1)));
        writeWords(cues, "lemma\ttimes an annotated cue\ttimes seen as a verb",
                resources.resolve(AttributionWords.CUE_VERBS.substring(1)));
        writeWords(sources, "lemma\ttimes the head of an annotated source\ttimes seen as a noun",
                resources.resolve(AttributionWords.SOURCE_NOUNS.substring(1)));
        writeModel(index, best, bestSetting, resources.resolve(SpeakerModel.RESOURCE.substring(1)));
    }

    // ---- data

    /** An annotated article: its body and the quotations with a source. */
    private static final class Article {
        final String id;
        final String body;
        final List<GoldQuote> quotes;
        AnnotatedText annotated;

        Article(String id, String body, List<GoldQuote> quotes) {
            this.id = id;
            this.body = body;
            this.quotes = quotes;
        }
    }

    private record GoldQuote(int start, int end, int sourceStart, int sourceEnd, int cueStart, int cueEnd,
                             boolean isShort) {
    }

    /**
     * One quotation: the features of each candidate, the last one being "nobody", and which candidates are right
     * (those overlapping the annotated source; "nobody" for a quotation without one). {@code attributed}: the
     * quotation has an annotated source, so it counts in the accuracy.
     */
    private record Example(int[][] features, boolean[] source, boolean attributed) {
        boolean covered() {
            for (boolean s : source) {
                if (s) {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<Article> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = json.readTree(Files.readString(p, StandardCharsets.UTF_8));
                List<GoldQuote> quotes = new ArrayList<>();
                for (JsonNode q : g.get("quotes")) {
                    if (!q.hasNonNull("start")) {
                        continue;
                    }
                    quotes.add(new GoldQuote(q.get("start").asInt(), q.get("end").asInt(),
                            q.path("speakerStart").asInt(-1), q.path("speakerEnd").asInt(-1),
                            q.path("cueStart").asInt(-1), q.path("cueEnd").asInt(-1),
                            q.path("short").asBoolean(false)));
                }
                articles.add(new Article(g.get("id").asText(), g.get("body").asText(), quotes));
            }
        }
        return articles;
    }

    /**
     * Runs the NLP pipeline over every article, in parallel. With {@code -Dnewswire.train.cache=DIR} the annotations
     * are kept in DIR and read back on the next run, which makes trying a feature take a minute instead of four.
     */
    private void annotate(List<Article> articles) throws IOException {
        String cacheDir = System.getProperty("newswire.train.cache");
        ObjectMapper json = new ObjectMapper();
        List<Article> missing = new ArrayList<>();
        for (Article a : articles) {
            Path cached = cacheDir == null ? null : Path.of(cacheDir, a.id + ".json");
            if (cached != null && Files.exists(cached)) {
                a.annotated = json.readValue(cached.toFile(), AnnotatedText.class);
            } else {
                missing.add(a);
            }
        }
        missing.parallelStream().forEach(a -> a.annotated = pipeline.annotate(a.body));
        if (cacheDir != null) {
            Files.createDirectories(Path.of(cacheDir));
            for (Article a : missing) {
                json.writeValue(Path.of(cacheDir, a.id + ".json").toFile(), a.annotated);
            }
        }
    }

    private TokenView view(Article a) {
        List<QuoteSpan> spans = new ArrayList<>();
        for (QuoteSpan q : scanner.scan(a.body)) {
            if (!NonQuoteFilter.isNotAQuotation(a.body, q)) {
                spans.add(q);
            }
        }
        return new TokenView(a.annotated, spans);
    }

    // ---- cue words

    private AttributionWords learnCues(List<Article> train) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Article a : train) {
            TokenView v = view(a);
            for (int i = 0; i < v.size(); i++) {
                if (!v.quoted(i) && v.isVerb(i)) {
                    counts.computeIfAbsent(v.lemma(i), k -> new int[2])[1]++;
                }
            }
            for (GoldQuote q : a.quotes) {
                int verb = firstVerbIn(v, q.cueStart, q.cueEnd);
                if (verb >= 0) {
                    counts.computeIfAbsent(v.lemma(verb), k -> new int[2])[0]++;
                }
            }
        }
        return words(counts);
    }

    /** Noun lemmas heading annotated sources ("spokesman", "report"), against all their uses as nouns. */
    private AttributionWords learnSourceNouns(List<Article> train) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Article a : train) {
            TokenView v = view(a);
            for (int i = 0; i < v.size(); i++) {
                if (!v.quoted(i) && v.isNoun(i) && !v.isProperNoun(i)) {
                    counts.computeIfAbsent(v.lemma(i), k -> new int[2])[1]++;
                }
            }
            for (GoldQuote q : a.quotes) {
                int head = lastCommonNounIn(v, q.sourceStart, q.sourceEnd);
                if (head >= 0) {
                    counts.computeIfAbsent(v.lemma(head), k -> new int[2])[0]++;
                }
            }
        }
        return words(counts);
    }

    private static AttributionWords words(Map<String, int[]> counts) {
        Map<String, AttributionWords.Counts> words = new HashMap<>();
        counts.forEach((lemma, c) -> {
            if (c[0] > 0) {
                words.put(lemma, new AttributionWords.Counts(c[0], Math.max(c[0], c[1])));
            }
        });
        return new AttributionWords(words);
    }

    /** The head of an annotated source when it is a common noun: its first noun run's last common noun, or -1. */
    private static int lastCommonNounIn(TokenView v, int start, int end) {
        if (start < 0) {
            return -1;
        }
        int head = -1;
        for (int i = v.firstAtOrAfter(start); i < v.size() && v.token(i).start() < end; i++) {
            if (v.isNoun(i)) {
                head = v.isProperNoun(i) ? -1 : i;
            } else if (head >= 0) {
                break; // "the spokesman for the campaign": the head is the first noun run's
            }
        }
        return head;
    }

    /** The first verb inside an annotated cue ("said", the "according" of "according to"), or -1. */
    private static int firstVerbIn(TokenView v, int start, int end) {
        if (start < 0) {
            return -1;
        }
        for (int i = v.firstAtOrAfter(start); i < v.size() && v.token(i).start() < end; i++) {
            if (v.isVerb(i)) {
                return i;
            }
        }
        return -1;
    }

    // ---- examples

    private List<Example> examples(List<Article> articles, AttributionWords cues, AttributionWords sources,
                                   FeatureIndex index, boolean counting) {
        List<Example> out = new ArrayList<>();
        for (Article a : articles) {
            TokenView v = view(a);
            List<Mention> mentions = Mentions.find(v);
            SpeakerFeatures features = new SpeakerFeatures(v, cues, sources);
            Mention previous = null;
            QuoteSpan previousQuote = null;
            for (QuoteSpan q : v.spans()) {
                GoldQuote gold = matching(a, q);
                if (gold != null && gold.isShort) {
                    continue; // a fragment of under three words: neither a quotation of someone's nor of nobody's
                }
                boolean nobody = gold == null || gold.sourceStart < 0;
                List<Mention> candidates = SourceCandidates.around(v, mentions, q, previous);
                int n = candidates.size();
                int[][] f = new int[n + 1][];
                boolean[] source = new boolean[n + 1];
                Mention chosen = null;
                for (int c = 0; c < n; c++) {
                    Mention m = candidates.get(c);
                    List<String> names = features.of(q, m, previous, previousQuote);
                    f[c] = counting ? index.count(names) : index.lookup(names);
                    source[c] = !nobody && m.overlaps(gold.sourceStart, gold.sourceEnd, v);
                    if (source[c] && chosen == null) {
                        chosen = m;
                    }
                }
                List<String> none = features.ofNobody(q);
                f[n] = counting ? index.count(none) : index.lookup(none);
                source[n] = nobody;
                out.add(new Example(f, source, !nobody));
                if (!nobody) {
                    previous = chosen;
                    previousQuote = q;
                }
            }
        }
        return out;
    }

    /** The annotated quotation this span is (80% overlap, as the scorer matches them), or null. */
    private static GoldQuote matching(Article a, QuoteSpan q) {
        for (GoldQuote g : a.quotes) {
            int inter = Math.max(0, Math.min(g.end, q.end()) - Math.max(g.start, q.start()));
            int longest = Math.max(Math.max(g.end - g.start, q.end() - q.start()), 1);
            if ((double) inter / longest >= 0.8) {
                return g;
            }
        }
        return null;
    }

    private static double covered(List<Example> examples) {
        return examples.stream().filter(e -> e.attributed && e.covered()).count()
                / (double) Math.max(1, examples.stream().filter(Example::attributed).count());
    }

    // ---- learning

    private static void epoch(List<Example> examples, double[] w, double[] g2, double l2, Random random) {
        List<Example> order = new ArrayList<>(examples);
        Collections.shuffle(order, random);
        for (Example e : order) {
            if (!e.covered()) {
                continue;
            }
            double[] p = probabilities(e, w);
            double sourceMass = 0;
            for (int c = 0; c < p.length; c++) {
                if (e.source[c]) {
                    sourceMass += p[c];
                }
            }
            Map<Integer, Double> gradient = new HashMap<>();
            for (int c = 0; c < p.length; c++) {
                double g = p[c] - (e.source[c] ? p[c] / sourceMass : 0);
                if (g != 0) {
                    for (int f : e.features[c]) {
                        gradient.merge(f, g, Double::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Double> g : gradient.entrySet()) {
                int f = g.getKey();
                double grad = g.getValue() + l2 * w[f];
                g2[f] += grad * grad;
                w[f] -= LEARNING_RATE * grad / (Math.sqrt(g2[f]) + 1e-8);
            }
        }
    }

    private static double[] probabilities(Example e, double[] w) {
        int n = e.features.length;
        double[] s = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            for (int f : e.features[c]) {
                s[c] += w[f];
            }
            max = Math.max(max, s[c]);
        }
        double total = 0;
        for (int c = 0; c < n; c++) {
            s[c] = Math.exp(s[c] - max);
            total += s[c];
        }
        for (int c = 0; c < n; c++) {
            s[c] /= total;
        }
        return s;
    }

    /** The share of quotations whose highest-scoring candidate overlaps the annotated source. */
    private static double accuracy(List<Example> examples, double[] w) {
        int right = 0;
        int attributed = 0;
        for (Example e : examples) {
            if (!e.attributed) {
                continue;
            }
            attributed++;
            double[] p = probabilities(e, w);
            int best = -1;
            for (int c = 0; c + 1 < p.length; c++) {
                if (best < 0 || p[c] > p[best]) {
                    best = c;
                }
            }
            right += best >= 0 && e.source[best] ? 1 : 0;
        }
        return right / (double) Math.max(1, attributed);
    }

    /** How well "nobody" separates the quotations without a source from those with one: right calls / all. */
    private static double nobodyAccuracy(List<Example> examples, double[] w) {
        int right = 0;
        for (Example e : examples) {
            double[] p = probabilities(e, w);
            int last = p.length - 1;
            double bestOther = 0;
            for (int c = 0; c < last; c++) {
                bestOther = Math.max(bestOther, p[c]);
            }
            boolean saysNobody = p[last] > bestOther;
            right += saysNobody == !e.attributed ? 1 : 0;
        }
        return right / (double) Math.max(1, examples.size());
    }

    // ---- files

    private static void writeWords(AttributionWords words, String columns, Path file) throws IOException {
        List<Map.Entry<String, AttributionWords.Counts>> rows = new ArrayList<>(words.counts().entrySet());
        rows.sort(Comparator.comparingInt((Map.Entry<String, AttributionWords.Counts> e) -> -e.getValue().inPart())
                .thenComparing(Map.Entry::getKey));
        List<String> lines = new ArrayList<>();
        lines.add("# " + columns + " (PolNeAR train); written by bin/train-speaker-model");
        for (Map.Entry<String, AttributionWords.Counts> e : rows) {
            lines.add(e.getKey() + "\t" + e.getValue().inPart() + "\t" + e.getValue().seen());
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Derives the name genders from CoreNLP's gender counts when its models jar is on the class path. */
    private void writeNameGenders(Path file) throws IOException {
        try (java.io.InputStream in = SpeakerTrainer.class.getResourceAsStream(
                "/edu/stanford/nlp/models/dcoref/gender.data.gz")) {
            if (in == null) {
                log.println("CoreNLP's gender counts are not on the class path: name genders left as they are");
                return;
            }
            List<String> lines = new ArrayList<>();
            lines.add("# word\ttimes referred to as he\ttimes as she (Bergsma & Lin 2006, from CoreNLP's"
                    + " dcoref/gender.data.gz); written by bin/train-speaker-model");
            NameGenders.derive(in).forEach((w, c) -> lines.add(w + "\t" + c[0] + "\t" + c[1]));
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
            log.printf("name genders: %d words%n", lines.size() - 1);
        }
    }

    private static void writeModel(FeatureIndex index, double[] w, String setting, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# speaker ranking model: feature TAB weight; written by bin/train-speaker-model (" + setting + ")");
        Map<String, Integer> sorted = new TreeMap<>(index.ids);
        sorted.forEach((name, id) -> {
            if (Math.abs(w[id]) >= 1e-4) {
                lines.add(name + "\t" + String.format(Locale.ROOT, "%.4f", w[id]));
            }
        });
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Feature names to dense ids, with how often each was seen while counting. */
    private static final class FeatureIndex {
        final Map<String, Integer> ids = new HashMap<>();
        final Map<String, Integer> seen = new HashMap<>();

        int[] count(List<String> names) {
            names.forEach(n -> seen.merge(n, 1, Integer::sum));
            return new int[0];
        }

        void prune(int min) {
            List<String> kept = new ArrayList<>();
            seen.forEach((n, c) -> {
                if (c >= min) {
                    kept.add(n);
                }
            });
            Collections.sort(kept);
            kept.forEach(n -> ids.put(n, ids.size()));
        }

        int[] lookup(List<String> names) {
            return names.stream().filter(ids::containsKey).mapToInt(ids::get).distinct().toArray();
        }

        int size() {
            return ids.size();
        }
    }
}
