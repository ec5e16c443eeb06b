package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every folded surface form of an entity, the unit in which score.py matches entities and named speakers. */
final class EntityForms {

    private EntityForms() {
    }

    /** Gold name to its folded name and aliases; a later entity of the same name replaces an earlier one (a dict). */
    static Map<String, Set<String>> ofGold(List<GoldArticle.Entity> entities) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (GoldArticle.Entity e : entities) {
            Set<String> f = new HashSet<>();
            f.add(ScoreWords.fold(e.name()));
            e.aliases().forEach(a -> f.add(ScoreWords.fold(a)));
            forms.put(e.name(), f);
        }
        return forms;
    }

    /** A predicted entity's folded name, aliases and mention texts, never the empty form. */
    static Set<String> ofPredicted(JsonNode e) {
        Set<String> forms = new HashSet<>();
        forms.add(ScoreWords.fold(EventFields.text(e, "name")));
        for (JsonNode a : EventFields.list(e, "aliases")) {
            forms.add(ScoreWords.fold(a.asText()));
        }
        for (JsonNode m : EventFields.list(e, "mentions")) {
            forms.add(ScoreWords.fold(m.isObject() ? EventFields.text(m, "text") : m.asText()));
        }
        forms.remove("");
        return forms;
    }
}
