package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The speaker of a predicted quote as score.py reads it: an object with name, text, kind, entityId and a span, or
 * just a name as a string, or nothing.
 *
 * @param name     score.py's {@code pname}: the name, or the text when there is no name; null when neither
 * @param text     the speaker's own text field, when it has one
 * @param kind     upper-cased, "" when absent
 * @param entityId the id of the predicted entity it names, as JSON (compared as JSON values), or null
 * @param start    UTF-16 offset of the speaker in the body, or null
 */
record PredictedSpeaker(String name, String text, String kind, JsonNode entityId, Integer start, Integer end) {

    static PredictedSpeaker of(JsonNode quote) {
        JsonNode sp = quote.get("speaker");
        if (sp != null && sp.isTextual()) {
            return new PredictedSpeaker(EventFields.firstNonEmpty(sp.textValue(), null), null, "", null, null, null);
        }
        if (sp == null || !sp.isObject()) {
            return new PredictedSpeaker(null, null, "", null, null, null);
        }
        String text = EventFields.text(sp, "text");
        String kind = EventFields.text(sp, "kind");
        JsonNode entityId = sp.get("entityId");
        return new PredictedSpeaker(EventFields.firstNonEmpty(EventFields.text(sp, "name"), text), text,
                kind == null ? "" : kind.toUpperCase(Locale.ROOT),
                entityId == null || entityId.isNull() ? null : entityId,
                EventFields.offset(sp, "start"), EventFields.offset(sp, "end"));
    }
}
