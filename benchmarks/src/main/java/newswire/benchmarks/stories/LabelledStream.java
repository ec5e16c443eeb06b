package newswire.benchmarks.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newswire.contract.EnrichedArticle;
import newswire.contract.Json;
import newswire.extraction.ArticleEnricher;

/**
 * The labelled stream, enriched by the real extractor (the extract service's own {@link ArticleEnricher}, as
 * {@code bin/enrich} runs it), in publication order.
 *
 * @param articles the labelled articles, in publication order
 * @param enriched each article's enriched event, same order
 */
public record LabelledStream(List<LabelledArticle> articles, List<EnrichedArticle> enriched) {

    /** Reads the story sets under {@code storySets} and the shared articles under {@code shared}, and enriches. */
    public static LabelledStream load(Path storySets, Path shared) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>(StorySetReader.readInvented(storySets.resolve("invented")));
        articles.addAll(StorySetReader.readShared(shared.resolve("seeds"), shared.resolve("dev-set"),
                StorySetReader.readPersonIds(storySets.resolve("shared-person-ids.tsv"))));
        articles.sort(Comparator.comparing((LabelledArticle a) -> Instant.parse(a.article().publishedAt()))
                .thenComparing(a -> a.article().id()));
        ArticleEnricher enricher = ArticleEnricher.createDefault();
        List<EnrichedArticle> enriched = new ArrayList<>();
        for (LabelledArticle article : articles) {
            enriched.add(enricher.enrich(article.article()));
        }
        return new LabelledStream(List.copyOf(articles), List.copyOf(enriched));
    }

    /** The enriched events as NDJSON, the shape of {@code articles.enriched}, for the benchmark to replay. */
    public void writeEnriched(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            List<String> lines = new ArrayList<>();
            for (EnrichedArticle event : enriched) {
                lines.add(Json.mapper().writeValueAsString(event));
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each article's gold event, {@code articleId<TAB>story} a line, next to the enriched stream. */
    public void writeGold(Path file) {
        try {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                lines.add(enriched.get(i).articleId() + "\t" + articles.get(i).story());
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> goldStories() {
        return articles.stream().map(LabelledArticle::story).toList();
    }
}
