package newswire.benchmarks.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newswire.contract.Article;
import newswire.contract.Json;

/**
 * Reads the labelled stream: the invented story sets (see {@code story-sets/invented/README.md}), the two seeds
 * (one event, two outlets) and every other article of the shared dev set (each its own event). The shared
 * articles are read where they lie and never copied; they carry no publication time, so each gets a fixed one
 * spread over the weeks of the invented sets, which makes them distractors inside the grouping window.
 */
public final class StorySetReader {

    /** The gold label of the seeds' event. */
    static final String SEED_STORY = "seed-gaza-ceasefire";
    private static final Instant SHARED_START = Instant.parse("2026-02-01T08:00:00Z");

    private StorySetReader() {
    }

    /** Every {@code *.txt} of the folder, in name order. */
    public static List<LabelledArticle> readInvented(Path folder) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.addAll(parse(Files.readString(file), file.getFileName().toString()));
            }
        }
        return articles;
    }

    /** The articles of one story-set file. */
    static List<LabelledArticle> parse(String text, String fileName) {
        List<LabelledArticle> articles = new ArrayList<>();
        String[] blocks = text.split("(?m)^=== article\\s*$");
        for (int b = 1; b < blocks.length; b++) {
            String block = blocks[b];
            int bodyAt = block.indexOf("\n---\n");
            if (bodyAt < 0) {
                throw new IllegalArgumentException(fileName + ": article " + b + " has no '---' before its body");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : block.substring(0, bodyAt).strip().split("\n")) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            String body = block.substring(bodyAt + 5).strip();
            Article article = new Article(required(fields, "id", fileName), fields.get("title"), body,
                    required(fields, "source", fileName), fields.get("url"),
                    required(fields, "publishedAt", fileName), "en");
            articles.add(new LabelledArticle(article, required(fields, "story", fileName),
                    persons(fields.getOrDefault("persons", ""))));
        }
        return articles;
    }

    /** {@code name => id | name => id}, names kept in lower case for matching. */
    static Map<String, String> persons(String list) {
        Map<String, String> persons = new LinkedHashMap<>();
        for (String pair : list.split("\\|")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=>");
            persons.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
        }
        return persons;
    }

    /**
     * The seeds (texts in {@code seedsDir}) and the other dev-set articles (gold JSON in {@code devSetDir});
     * gold persons come from the dev set's gold entities, whose ids are in {@code personIds} when two spellings
     * name one person, else the canonical name.
     */
    public static List<LabelledArticle> readShared(Path seedsDir, Path devSetDir, Map<String, String> personIds)
            throws IOException {
        Map<String, JsonNode> goldBySeedFile = new LinkedHashMap<>();
        List<JsonNode> devArticles = new ArrayList<>();
        try (Stream<Path> files = Files.list(devSetDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = Json.mapper().readTree(file.toFile());
                if (gold.hasNonNull("source") && Files.exists(seedsDir.resolve(gold.get("source").asText()))) {
                    goldBySeedFile.put(gold.get("source").asText(), gold); // a seed: read from seedsDir instead
                } else {
                    devArticles.add(gold);
                }
            }
        }
        List<LabelledArticle> articles = new ArrayList<>();
        int seedNo = 0;
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                String id = "seed-" + name.substring(0, name.indexOf('_'));
                // the two outlets' reports of one day, hours apart
                String at = SHARED_START.plus(16, ChronoUnit.DAYS).plus(3L * seedNo++, ChronoUnit.HOURS).toString();
                Article article = new Article(id, null, Files.readString(file), "seed outlet " + seedNo,
                        "https://seeds.example/" + name, at, "en");
                JsonNode gold = goldBySeedFile.get(name);
                articles.add(new LabelledArticle(article, SEED_STORY,
                        gold == null ? Map.of() : goldPersons(gold, personIds)));
            }
        }
        for (int i = 0; i < devArticles.size(); i++) {
            JsonNode gold = devArticles.get(i);
            String id = "dev-" + gold.get("id").asText();
            String at = SHARED_START.plus(2L * i, ChronoUnit.DAYS).plus(5L * i % 11, ChronoUnit.HOURS).toString();
            Article article = new Article(id, null, gold.get("body").asText(), "dev-set outlet " + (i + 1),
                    gold.path("url").asText(null), at, "en");
            articles.add(new LabelledArticle(article, id, goldPersons(gold, personIds)));
        }
        return articles;
    }

    /** Tab-separated {@code gold name -> person id}, # comments. */
    public static Map<String, String> readPersonIds(Path tsv) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t");
                ids.put(parts[0].strip(), parts[1].strip());
            }
        }
        return ids;
    }

    private static Map<String, String> goldPersons(JsonNode gold, Map<String, String> personIds) {
        Map<String, String> persons = new LinkedHashMap<>();
        for (JsonNode entity : gold.path("entities")) {
            if (!"PERSON".equals(entity.path("type").asText())) {
                continue;
            }
            String name = entity.get("name").asText();
            String id = personIds.getOrDefault(name, name.toLowerCase(Locale.ROOT));
            persons.put(name.toLowerCase(Locale.ROOT), id);
            for (JsonNode alias : entity.path("aliases")) {
                persons.putIfAbsent(alias.asText().toLowerCase(Locale.ROOT), id);
            }
        }
        return persons;
    }

    private static String required(Map<String, String> fields, String name, String fileName) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(fileName + ": an article has no " + name);
        }
        return value;
    }
}
