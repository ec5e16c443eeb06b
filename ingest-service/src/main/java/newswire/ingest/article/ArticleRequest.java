package newswire.ingest.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.Json;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;

/**
 * A request body split into the JSON of its articles: one object, an array of objects, or NDJSON lines. Nothing is
 * validated as an article here; a line of NDJSON that is not JSON becomes a per-item problem so that the other
 * lines still go through.
 *
 * @param batch   whether the client sent a batch (array or NDJSON) and so expects an answer per item
 * @param items   the articles' JSON, in the order sent
 * @param problem set when the request as a whole is unusable; then there are no items
 */
public record ArticleRequest(boolean batch, List<Item> items, Problem problem) {

    /** JSON with anything after the first value ({@code {} {}}) is malformed, not silently truncated. */
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * One article's JSON, or why that piece of the request could not be read.
     *
     * @param index 0-based position of the article in the batch
     * @param line  1-based NDJSON line number, null for JSON
     */
    public record Item(int index, Integer line, JsonNode json, Problem problem) {
    }

    public static ArticleRequest parse(byte[] body, BodyFormat format) {
        Utf8.Decoded decoded = Utf8.decode(body);
        if (decoded.problem() != null) {
            return refused(decoded.problem());
        }
        return format == BodyFormat.NDJSON ? parseNdjson(decoded.text()) : parseJson(decoded.text());
    }

    private static ArticleRequest parseJson(String text) {
        if (text.isBlank()) {
            return refused(ProblemType.NO_ARTICLE.with("The request body is empty: send an article as a JSON object, "
                    + "or a batch as a JSON array of objects."));
        }
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            return refused(ProblemType.MALFORMED_JSON.with("The request body is not valid JSON: " + describe(e)));
        }
        if (root.isObject()) {
            return new ArticleRequest(false, List.of(new Item(0, null, root, null)), null);
        }
        if (!root.isArray()) {
            return refused(ProblemType.INVALID_ARTICLE.with("Expected a JSON object (one article) or a JSON array of "
                    + "objects (a batch), but the body is a JSON " + root.getNodeType().name().toLowerCase() + "."));
        }
        if (root.isEmpty()) {
            return refused(ProblemType.NO_ARTICLE.with("The JSON array is empty: a batch needs at least one article."));
        }
        List<Item> items = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            items.add(new Item(i, null, root.get(i), null));
        }
        return new ArticleRequest(true, items, null);
    }

    private static ArticleRequest parseNdjson(String text) {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank()) {
                continue; // blank lines (a trailing newline, spacing between records) separate, they are not items
            }
            int index = items.size();
            try {
                items.add(new Item(index, n + 1, READER.readTree(line), null));
            } catch (JsonProcessingException e) {
                items.add(new Item(index, n + 1, null, ProblemType.MALFORMED_JSON.with(
                        "Line " + (n + 1) + " is not valid JSON: " + describe(e))));
            }
        }
        if (items.isEmpty()) {
            return refused(ProblemType.NO_ARTICLE.with("The NDJSON body has no line with an article: "
                    + "send one JSON object per line."));
        }
        return new ArticleRequest(true, items, null);
    }

    private static ArticleRequest refused(Problem problem) {
        return new ArticleRequest(false, List.of(), problem);
    }

    /**
     * Jackson's own words about what is wrong, and where, without the parts that name its internals
     * (source descriptions, feature names).
     */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
        int internals = indexOfAny(message, " (start marker at", "\n", " at [Source", " (for ");
        if (internals >= 0) {
            message = message.substring(0, internals);
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    private static int indexOfAny(String text, String... markers) {
        int first = -1;
        for (String marker : markers) {
            int at = text.indexOf(marker);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
