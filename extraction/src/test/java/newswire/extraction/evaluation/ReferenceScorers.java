package newswire.extraction.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newswire.contract.Json;

/**
 * The shared Python scorers (shared/eval/score.py, mention_score.py), run over the same events as the Java ports
 * when python3 and the shared folder are at hand, so that a test can insist the two agree figure for figure.
 */
public final class ReferenceScorers {

    /**
     * The ports do the same double arithmetic in the same order, and Python prints a double so that it reads back
     * as the same double: the figures must be equal to the last bit.
     */
    private static final double SAME = 0.0;

    private final Path evalDir;

    private ReferenceScorers(Path evalDir) {
        this.evalDir = evalDir;
    }

    /** The scorers of {@code ${newswire.shared.dir}/eval}, when they and python3 are there. */
    public static Optional<ReferenceScorers> find() {
        String shared = System.getProperty("newswire.shared.dir");
        if (shared == null || !onPath("python3")) {
            return Optional.empty();
        }
        Path eval = Path.of(shared, "eval");
        boolean both = Files.isRegularFile(eval.resolve("score.py"))
                && Files.isRegularFile(eval.resolve("mention_score.py"));
        return both ? Optional.of(new ReferenceScorers(eval)) : Optional.empty();
    }

    /** {@code score.py --json --by-kind} */
    public JsonNode scoreJson(Path goldDir, Path pred) throws IOException, InterruptedException {
        return Json.mapper().readTree(run("score.py", "--gold", goldDir.toString(), "--pred", pred.toString(),
                "--json", "--by-kind"));
    }

    /** {@code score.py --by-kind}: its printed lines */
    public List<String> scoreLines(Path goldDir, Path pred) throws IOException, InterruptedException {
        return run("score.py", "--gold", goldDir.toString(), "--pred", pred.toString(), "--by-kind").lines().toList();
    }

    /** {@code mention_score.py --json} */
    public JsonNode mentionJson(Path goldDir, Path pred) throws IOException, InterruptedException {
        return Json.mapper().readTree(run("mention_score.py", "--gold", goldDir.toString(), "--pred", pred.toString(),
                "--json"));
    }

    /** {@code mention_score.py}: its printed table */
    public List<String> mentionLines(Path goldDir, Path pred) throws IOException, InterruptedException {
        return run("mention_score.py", "--gold", goldDir.toString(), "--pred", pred.toString()).lines().toList();
    }

    private String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", evalDir.resolve(script).toString()));
        command.addAll(List.of(args));
        // stderr apart: mention_score.py reports bad offsets there, which are not part of its figures
        Process python = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(120, TimeUnit.SECONDS) && python.exitValue() == 0,
                () -> script + " failed: " + String.join(" ", command) + "\n" + out);
        return out;
    }

    /** Events as NDJSON in a temporary file, for the scorers to read. */
    public static Path writeEvents(List<String> events) throws IOException {
        Path pred = Files.createTempFile("enriched", ".ndjson");
        pred.toFile().deleteOnExit();
        Files.write(pred, events, StandardCharsets.UTF_8);
        return pred;
    }

    /** The same fields in the same order, the same texts and nulls, the same numbers. */
    public static void assertAgree(JsonNode python, JsonNode java, String where) {
        if (python.isNumber() && java.isNumber()) {
            assertEquals(python.doubleValue(), java.doubleValue(), SAME, "the Java port disagrees at " + where);
            return;
        }
        if (python.isObject() && java.isObject()) {
            List<String> pythonFields = new ArrayList<>();
            python.fieldNames().forEachRemaining(pythonFields::add);
            List<String> javaFields = new ArrayList<>();
            java.fieldNames().forEachRemaining(javaFields::add);
            assertEquals(pythonFields, javaFields, "fields at " + where);
            for (Iterator<String> it = python.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                assertAgree(python.get(f), java.get(f), where + "." + f);
            }
            return;
        }
        if (!python.equals(java)) {
            fail("the Java port disagrees at " + where + ": score.py " + python + ", Java " + java);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
