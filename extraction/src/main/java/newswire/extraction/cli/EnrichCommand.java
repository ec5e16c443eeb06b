package newswire.extraction.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import newswire.contract.Article;
import newswire.contract.ArticleIds;
import newswire.contract.EnrichedArticle;
import newswire.contract.Json;
import newswire.extraction.ArticleEnricher;

/**
 * {@code bin/enrich}: NDJSON articles on stdin, one enriched event per line on stdout (the very event the
 * extract service publishes), progress and a summary on stderr. A line that is not an article is reported
 * on stderr and skipped; the exit code is 1 when any line was skipped.
 */
public final class EnrichCommand {

    private EnrichCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream err = System.err;
        long loadStart = System.nanoTime();
        ArticleEnricher enricher = ArticleEnricher.createDefault();
        err.printf("models loaded in %d ms%n", (System.nanoTime() - loadStart) / 1_000_000);
        ObjectMapper json = Json.mapper();
        int done = 0;
        int skipped = 0;
        long entities = 0;
        long quotes = 0;
        long started = System.nanoTime();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Article article;
                try {
                    article = json.readValue(line, Article.class);
                } catch (IOException e) {
                    err.printf("line %d: not JSON: %s%n", lineNo, e.getMessage());
                    skipped++;
                    continue;
                }
                if (article.body() == null || article.body().isBlank()) {
                    err.printf("line %d: no body%n", lineNo);
                    skipped++;
                    continue;
                }
                EnrichedArticle event = enricher.enrich(article.withId(ArticleIds.idFor(article)));
                out.write(json.writeValueAsString(event));
                out.newLine();
                done++;
                entities += event.entities().size();
                quotes += event.quotes().size();
                if (done % 100 == 0) {
                    out.flush();
                    err.printf("%d articles%n", done);
                }
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        err.printf("enriched %d articles (%d skipped): %d entities, %d quotes in %.1f s (%.1f articles/s)%n",
                done, skipped, entities, quotes, seconds, done / seconds);
        if (skipped > 0) {
            System.exit(1);
        }
    }
}
