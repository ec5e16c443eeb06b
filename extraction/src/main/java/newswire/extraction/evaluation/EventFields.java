package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reading of an enriched event as JSON, the way score.py reads it with {@code dict.get}: a missing or null
 * field is simply absent, never an error, so that any event a client produced can be scored.
 */
final class EventFields {

    private EventFields() {
    }

    /** The elements of an array field; none when the field is missing, null or not an array. */
    static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode array = node == null ? null : node.get(field);
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    /** A field as text; null when missing or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Python's {@code x or y} on two optional strings: the first unless it is missing or empty. */
    static String firstNonEmpty(String x, String y) {
        return x != null && !x.isEmpty() ? x : y;
    }

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** An event offset as an int, or null when it is not an integer (score.py then ignores it). */
    static Integer offset(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
    }
}
