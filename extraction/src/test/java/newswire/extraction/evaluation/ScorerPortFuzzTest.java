package newswire.extraction.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ports against the Python scorers on predictions no extractor would make: the shared gold folders with random
 * events built from their own gold (quotes near their gold span or not, speakers named in full, by a last word, by a
 * pronoun, by a random capitalised word, with and without spans and entity links; mentions shifted, retyped,
 * repeated, mislabelled). The extractor's own output reaches only some of score.py's rules (on PolNeAR it never
 * needs the "last" rule); these reach them all. Runs only where python3 and the shared folder are.
 */
class ScorerPortFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] KINDS = {"PERSON", "ORGANIZATION", "DESCRIPTION", "UNKNOWN", "PRONOUN"};
    private static final String[] TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "MISC", "PER", "GPE"};
    private static final String[] PRONOUNS = {"he", "She", "they", "it", "we"};

    @ParameterizedTest
    @ValueSource(strings = {"dev-set", "corpora/polnear/dev", "corpora/conll2003/testa"})
    void thePortsAgreeWithThePythonScorersOnRandomPredictions(String folder) throws Exception {
        Optional<ReferenceScorers> python = ReferenceScorers.find();
        String shared = System.getProperty("newswire.shared.dir");
        assumeTrue(python.isPresent() && Files.isDirectory(Path.of(shared, folder)),
                () -> "python3 or " + folder + " missing beside the checkout: nothing to cross-check");
        Path dir = Path.of(shared, folder);
        List<GoldArticle> golds = GoldArticle.readFolder(dir);
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed * 7919 + folder.length());
            List<String> lines = new ArrayList<>();
            QualityScorer quality = QualityScorer.forFolder(golds);
            MentionScorer mentions = new MentionScorer();
            for (GoldArticle g : golds) {
                // now and then an article has no event at all
                if (random.nextInt(20) == 0) {
                    quality.add(g, null);
                    mentions.add(g, null);
                    continue;
                }
                ObjectNode event = randomEvent(g, random);
                lines.add(event.toString());
                quality.add(g, event);
                mentions.add(g, event);
            }
            QualityReport report = quality.report();
            System.out.printf("%s seed %d: speakers right by rule %s, %d bad mention offsets%n", folder, seed,
                    report.speakerRules(), mentions.report().badOffsets());
            Path pred = ReferenceScorers.writeEvents(lines);
            ReferenceScorers.assertAgree(python.get().scoreJson(dir, pred), report.toJson(true),
                    folder + " seed " + seed + " score.py");
            ReferenceScorers.assertAgree(python.get().mentionJson(dir, pred), mentions.report().toJson(),
                    folder + " seed " + seed + " mention_score.py");
        }
    }

    private static ObjectNode randomEvent(GoldArticle g, Random random) {
        String body = g.body();
        ObjectNode event = JSON.objectNode().put("articleId", g.id());
        ArrayNode entities = event.putArray("entities");
        for (GoldArticle.Entity e : g.entities()) {
            if (random.nextInt(4) > 0) {
                entities.add(entity(e, entities.size(), body, random));
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            entities.add(randomEntity(entities.size(), body, random));
        }
        ArrayNode quotes = event.putArray("quotes");
        for (GoldArticle.Quote q : g.quotes()) {
            if (random.nextInt(5) > 0) {
                quotes.add(quote(q, body, entities.size(), random));
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            int start = random.nextInt(body.length());
            int end = Math.min(body.length(), start + 1 + random.nextInt(60));
            quotes.addObject().put("text", body.substring(start, end)).put("start", start).put("end", end);
        }
        return event;
    }

    private static ObjectNode entity(GoldArticle.Entity e, int n, String body, Random random) {
        String type = random.nextInt(6) == 0 ? TYPES[random.nextInt(TYPES.length)] : e.type();
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        ObjectNode out = JSON.objectNode().put("id", "e" + (n + 1))
                .put("name", forms.get(random.nextInt(forms.size()))).put("type", type);
        ArrayNode mentions = out.putArray("mentions");
        for (Span m : e.mentions()) {
            int start = javaIndex(body, m.start()) + (random.nextInt(8) == 0 ? random.nextInt(3) - 1 : 0);
            int end = javaIndex(body, m.end()) + (random.nextInt(8) == 0 ? random.nextInt(3) - 1 : 0);
            ObjectNode mention = mentions.addObject().put("start", start).put("end", end);
            // the text usually matches, sometimes it is the gold text though the span moved, sometimes absent
            boolean inside = start >= 0 && end <= body.length() && start <= end;
            if (random.nextInt(4) == 0) {
                mention.put("text", body.substring(javaIndex(body, m.start()), javaIndex(body, m.end())));
            } else if (random.nextInt(10) > 0) {
                mention.put("text", inside ? body.substring(start, end) : "?");
            }
            if (random.nextInt(10) == 0) {
                mentions.add(mention.deepCopy());
            }
        }
        return out;
    }

    private static ObjectNode randomEntity(int n, String body, Random random) {
        String word = randomCapitalised(body, random);
        ObjectNode out = JSON.objectNode().put("id", "e" + (n + 1)).put("name", word == null ? "Nobody" : word)
                .put("type", TYPES[random.nextInt(TYPES.length)]);
        ArrayNode mentions = out.putArray("mentions");
        if (word != null) {
            int at = body.indexOf(word);
            mentions.addObject().put("text", word).put("start", at).put("end", at + word.length());
        }
        return out;
    }

    private static ObjectNode quote(GoldArticle.Quote q, String body, int entityCount, Random random) {
        int goldStart = q.span() != null ? javaIndex(body, q.span().start()) : body.indexOf(q.text());
        int goldEnd = goldStart + q.text().length();
        int start = Math.max(0, goldStart + random.nextInt(7) - 3);
        int end = Math.min(body.length(), Math.max(start, goldEnd + random.nextInt(7) - 3));
        ObjectNode out = JSON.objectNode().put("text", body.substring(start, end));
        switch (random.nextInt(6)) {
            case 0 -> { } // no offsets: found by its text
            case 1 -> out.put("start", -5).put("end", end);
            default -> out.put("start", start).put("end", end);
        }
        if (random.nextInt(8) > 0) {
            out.set("speaker", speaker(q, body, entityCount, random));
        }
        return out;
    }

    private static JsonNode speaker(GoldArticle.Quote q, String body, int entityCount, Random random) {
        String source = q.speaker() == null ? "" : q.speaker();
        String[] words = source.isBlank() ? new String[0] : source.trim().split("\\s+");
        String name = switch (random.nextInt(7)) {
            case 0 -> source;
            case 1 -> words.length == 0 ? "" : "Someone " + words[words.length - 1];
            // often the last word of the head of an appositive source: "Jim Clyburn, the assistant leader"
            case 6 -> words.length < 2 ? "" : "Someone " + words[1].replaceAll("[,(]+$", "");
            case 2 -> PRONOUNS[random.nextInt(PRONOUNS.length)];
            case 3 -> randomCapitalised(body, random);
            case 4 -> words.length == 0 ? null : String.join(" ", List.of(words).subList(0, (words.length + 1) / 2));
            default -> "";
        };
        if (random.nextInt(10) == 0) {
            return name == null ? JSON.nullNode() : JSON.textNode(name);
        }
        ObjectNode sp = JSON.objectNode().put("name", name).put("kind", KINDS[random.nextInt(KINDS.length)]);
        if (random.nextInt(5) == 0) {
            sp.put("text", source);
        }
        if (entityCount > 0 && random.nextInt(3) == 0) {
            sp.put("entityId", "e" + (1 + random.nextInt(entityCount)));
        }
        if (random.nextBoolean()) {
            int start;
            int end;
            if (q.speakerSpan() != null && random.nextBoolean()) {
                start = javaIndex(body, q.speakerSpan().start()) + random.nextInt(5) - 2;
                end = javaIndex(body, q.speakerSpan().end()) + random.nextInt(5) - 2;
            } else {
                start = random.nextInt(body.length());
                end = start + random.nextInt(20);
            }
            sp.put("start", start).put("end", end);
        }
        return sp;
    }

    private static String randomCapitalised(String body, Random random) {
        List<String> caps = new ArrayList<>();
        for (String w : body.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                caps.add(w);
            }
        }
        return caps.isEmpty() ? null : caps.get(random.nextInt(caps.size()));
    }

    private static int javaIndex(String body, int pythonIndex) {
        return body.offsetByCodePoints(0, Math.min(pythonIndex, body.codePointCount(0, body.length())));
    }
}
