package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Mention;

/**
 * Where the article names people and organisations, by character offset. Built from the entity records; where a
 * name has no record (the entity extractor missed it or found nothing yet), the NER tags stand in, and a short
 * form is named after the fullest tagged form it belongs to ("Kerry" after "John Kerry").
 */
final class EntityIndex {

    /** One mention of a named entity; {@code entityId} is null for names known only from the NER tags. */
    record Named(int start, int end, EntityType type, String name, String entityId) {
    }

    private final List<Named> mentions = new ArrayList<>();
    private final Map<String, Named> byWord = new HashMap<>();

    EntityIndex(TokenView view, List<EntityRecord> entities) {
        for (EntityRecord e : entities) {
            if (e.type() == EntityType.MISC || e.mentions() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                mentions.add(new Named(m.start(), m.end(), e.type(), e.name(), e.id()));
            }
        }
        mentions.sort(Comparator.comparingInt(Named::start));
        List<Named> fromTags = tagRuns(view);
        Map<String, String> fullest = fullestForms(fromTags);
        for (Named run : fromTags) {
            if (covering(run.start(), run.end()) == null) {
                String key = run.type() + ":" + lastWord(run.name());
                mentions.add(new Named(run.start(), run.end(), run.type(), fullest.getOrDefault(key, run.name()),
                        null));
            }
        }
        mentions.sort(Comparator.comparingInt(Named::start));
        for (EntityRecord e : entities) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                for (String w : e.name().split("\\s+")) {
                    indexWord(w, new Named(-1, -1, e.type(), e.name(), e.id()));
                }
            }
        }
        for (Named run : fromTags) {
            for (String w : run.name().split("\\s+")) {
                indexWord(w, new Named(-1, -1, run.type(), fullest.getOrDefault(run.type() + ":"
                        + lastWord(run.name()), run.name()), null));
            }
        }
    }

    List<Named> mentions() {
        return mentions;
    }

    /** The named entity whose mention overlaps [start, end); a person wins over an organisation. */
    Named covering(int start, int end) {
        int i = lastStartingBefore(end);
        Named best = null;
        for (int k = i; k >= 0 && k > i - 8; k--) {
            Named m = mentions.get(k);
            if (m.end() > start && m.start() < end) {
                if (best == null || m.type() == EntityType.PERSON && best.type() != EntityType.PERSON) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** The entity a lone capitalised word may stand for ("Ban" for "Ban Ki-moon"), or null. */
    Named byWord(String word) {
        return byWord.get(word.toLowerCase(Locale.ROOT));
    }

    private void indexWord(String w, Named entity) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return;
        }
        String key = w.toLowerCase(Locale.ROOT);
        Named old = byWord.get(key);
        if (old == null || old.entityId() == null && entity.entityId() != null
                || (old.entityId() == null) == (entity.entityId() == null) && entity.name().length() > old.name().length()) {
            byWord.put(key, entity);
        }
    }

    private int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Runs of tokens with the same PERSON / ORGANIZATION / LOCATION tag. */
    private static List<Named> tagRuns(TokenView v) {
        List<Named> runs = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            EntityType type = typeOf(v.ner(i));
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < v.size() && v.ner(j).equals(v.ner(i)) && v.sentence(j) == v.sentence(i)) {
                j++;
            }
            int s = v.token(i).start();
            int e = v.token(j - 1).end();
            runs.add(new Named(s, e, type, v.text.substring(s, e), null));
            i = j;
        }
        return runs;
    }

    /** For each type and last word, the longest tagged form: the name to give its shorter mentions. */
    private static Map<String, String> fullestForms(List<Named> runs) {
        Map<String, String> fullest = new HashMap<>();
        Map<String, String> byAnyWord = new HashMap<>();
        for (Named r : runs) {
            fullest.merge(r.type() + ":" + lastWord(r.name()), r.name(),
                    (a, b) -> b.length() > a.length() ? b : a);
            if (r.type() == EntityType.PERSON) {
                for (String w : r.name().split("\\s+")) {
                    byAnyWord.merge(w, r.name(), (a, b) -> b.length() > a.length() ? b : a);
                }
            }
        }
        // a one-word person mention may be a first name ("Ruiz" for "Ruiz Alvarado")
        for (Named r : runs) {
            if (r.type() == EntityType.PERSON && !r.name().contains(" ")) {
                String key = r.type() + ":" + r.name();
                if (fullest.get(key).equals(r.name()) && byAnyWord.containsKey(r.name())) {
                    fullest.put(key, byAnyWord.get(r.name()));
                }
            }
        }
        return fullest;
    }

    private static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    private static EntityType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
