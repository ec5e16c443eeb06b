package newswire.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/train-speaker-model} as a newsroom would use it on its own annotated articles: a folder of quotations with
 * their source and cue spans in, the cue verbs, source nouns and ranking model out, the same files on every run.
 * The articles are invented here, in the PolNeAR gold format the trainer reads.
 */
class SpeakerTrainerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void learnsCueVerbsSourceNounsAndWeightsFromAnnotatedArticles(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train");
        Path dev = dir.resolve("dev");
        writeCorpus(train, 0);
        writeCorpus(dev, 1);

        Path first = dir.resolve("first");
        SpeakerTrainer.train(train, dev, first, quiet());

        String cues = Files.readString(first.resolve(AttributionWords.CUE_VERBS.substring(1)));
        assertTrue(cues.lines().anyMatch(l -> l.startsWith("say\t")), cues);
        assertTrue(cues.lines().anyMatch(l -> l.startsWith("tell\t")), cues);
        String sources = Files.readString(first.resolve(AttributionWords.SOURCE_NOUNS.substring(1)));
        assertTrue(sources.lines().anyMatch(l -> l.startsWith("spokesman\t")), sources);
        List<String> model = Files.readAllLines(first.resolve(SpeakerModel.RESOURCE.substring(1)));
        assertTrue(model.size() > 20, "weights: " + model.size());
        assertTrue(model.stream().anyMatch(l -> l.startsWith("subjcue=say")), "a weight for the subject of said");

        Path second = dir.resolve("second");
        SpeakerTrainer.train(train, dev, second, quiet());
        for (String resource : List.of(AttributionWords.CUE_VERBS, AttributionWords.SOURCE_NOUNS,
                SpeakerModel.RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(resource.substring(1))),
                    Files.readAllBytes(second.resolve(resource.substring(1))), resource + " is the same on every run");
        }
    }

    /** Eight short invented articles, each with two attributed quotations (said, told), offset by {@code variant}. */
    private static void writeCorpus(Path folder, int variant) throws IOException {
        Files.createDirectories(folder);
        String[] names = {"Ana Ruiz", "Tom Okafor", "Lena Fisk", "Omar Haddad", "Ida Strand", "Paul Whitcomb",
                "Mia Lund", "Hugo Brandt"};
        for (int i = 0; i < names.length; i++) {
            String name = names[(i + variant) % names.length];
            String lead = "The council met on Tuesday to discuss the new bridge.\n\n";
            String first = "\u201CWe will not wait another year,\u201D " + name + " said after the vote.";
            String second = " A spokesman for the council told reporters: \u201CThe money is already there.\u201D";
            String body = lead + first + second;
            ObjectNode article = JSON.createObjectNode();
            article.put("id", "invented-" + variant + "-" + i);
            article.putNull("url");
            article.put("body", body);
            article.putArray("entities");
            ArrayNode quotes = article.putArray("quotes");
            quotes.add(quote(body, "We will not wait another year,", name, "said"));
            quotes.add(quote(body, "The money is already there.", "A spokesman for the council", "told"));
            Files.writeString(folder.resolve("invented-" + variant + "-" + i + ".json"),
                    JSON.writeValueAsString(article), StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode quote(String body, String text, String source, String cue) {
        ObjectNode q = JSON.createObjectNode();
        int start = body.indexOf(text);
        int sourceStart = body.indexOf(source);
        int cueStart = body.indexOf(cue, sourceStart);
        q.put("text", text);
        q.put("start", start);
        q.put("end", start + text.length());
        q.put("speaker", source);
        q.put("speakerKind", Character.isUpperCase(source.charAt(0)) && !source.startsWith("A ") ? "PERSON"
                : "DESCRIPTION");
        q.put("speakerStart", sourceStart);
        q.put("speakerEnd", sourceStart + source.length());
        q.put("cue", cue);
        q.put("cueStart", cueStart);
        q.put("cueEnd", cueStart + cue.length());
        return q;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
