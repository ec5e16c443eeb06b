package newswire.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.Json;
import newswire.extraction.ArticleEnricher;
import newswire.extraction.evaluation.GoldArticle;
import newswire.extraction.evaluation.MentionScorer;
import newswire.extraction.evaluation.QualityReport;
import newswire.extraction.evaluation.QualityScorer;

/**
 * {@code bin/evaluate GOLD_DIR ...}: every gold article of each folder (id and body only, as a client sends it)
 * through the production {@link ArticleEnricher}, scored with the Java ports of the shared scorers, so the figures are
 * score.py's and mention_score.py's. Tables on stdout; progress and timing on stderr.
 * With {@code --ablate-entity-rules}, what each entity rule is worth instead ({@link EntityRuleAblation}).
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
            System.out.println(EvaluateOptions.USAGE);
            return;
        }
        EvaluateOptions options;
        List<GoldFolder> folders = new ArrayList<>();
        try {
            options = EvaluateOptions.parse(args);
            for (var path : options.folders()) {
                folders.add(GoldFolder.read(path));
            }
        } catch (EvaluateOptions.UsageException | IOException e) {
            System.err.println("bin/evaluate: " + e.getMessage());
            System.err.println(EvaluateOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.ablateEntityRules()) {
            new EntityRuleAblation(System.out, System.err).run(folders);
        } else {
            evaluate(folders, options, System.out, System.err);
        }
    }

    private static void evaluate(List<GoldFolder> folders, EvaluateOptions options, PrintStream out, PrintStream err)
            throws IOException {
        long loadStart = System.nanoTime();
        ArticleEnricher enricher = ArticleEnricher.createDefault();
        err.printf("models loaded in %.1f s%n", seconds(loadStart));
        BufferedWriter events = options.out() == null ? null
                : Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8);
        try {
            for (GoldFolder folder : folders) {
                report(folder, enrich(folder, enricher, events, err), out);
            }
        } finally {
            if (events != null) {
                events.close();
                err.println("events written to " + options.out());
            }
        }
    }

    /** The events of a folder's articles, in the folder's order, as JSON (what score.py would read back). */
    private static List<JsonNode> enrich(GoldFolder folder, ArticleEnricher enricher, BufferedWriter events,
                                         PrintStream err) throws IOException {
        long started = System.nanoTime();
        List<JsonNode> out = new ArrayList<>();
        for (GoldArticle gold : folder.golds()) {
            String event = Json.mapper().writeValueAsString(enricher.enrich(gold.asArticle()));
            out.add(Json.mapper().readTree(event));
            if (events != null) {
                events.write(event);
                events.newLine();
            }
            if (out.size() % 50 == 0) {
                err.printf("  %s: %d/%d articles%n", folder.label(), out.size(), folder.golds().size());
            }
        }
        double s = seconds(started);
        err.printf("%s: %d articles enriched in %.1f s (%.1f articles/s)%n", folder.label(), out.size(), s,
                out.size() / Math.max(s, 1e-9));
        return out;
    }

    private static void report(GoldFolder folder, List<JsonNode> events, PrintStream out) {
        QualityScorer quality = QualityScorer.forFolder(folder.golds());
        MentionScorer mentions = new MentionScorer();
        for (int i = 0; i < events.size(); i++) {
            quality.add(folder.golds().get(i), events.get(i));
            mentions.add(folder.golds().get(i), events.get(i));
        }
        QualityReport q = quality.report();
        out.printf("== %s (%s) ==%n", folder.label(), folder.path());
        q.lines(q.hasSpeakerKinds()).forEach(out::println);
        if (folder.hasMentions()) {
            out.println("mentions (exact span and type)");
            mentions.report().lines().forEach(out::println);
        }
        out.println();
        out.flush();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
