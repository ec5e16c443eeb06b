package newswire.stories.grouping;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;

/**
 * Entity keys as the contract defines them: {@code <type>:<body>}; a person's body is {@code SURNAME} or
 * {@code SURNAME.GIVEN}. Events extracted before keys existed carry none, so a key is derived from the name.
 */
public final class EntityKeys {

    private static final String PERSON = "person:";

    private EntityKeys() {
    }

    /** The record's key, or a normalised-name fallback for events extracted before keys existed. */
    public static String keyOf(EntityRecord entity) {
        if (entity.key() != null && !entity.key().isBlank()) {
            return entity.key();
        }
        return fallbackKey(entity.type(), entity.name());
    }

    static String fallbackKey(EntityType type, String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        List<String> words = List.of(folded.split("[^A-Z0-9]+")).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return typePrefix(type) + "UNNAMED";
        }
        if (type == EntityType.PERSON) {
            // surname-only form: the weakest claim, which a story may attach to a single fuller key
            return PERSON + words.get(words.size() - 1);
        }
        return typePrefix(type) + String.join("-", words);
    }

    static String typePrefix(EntityType type) {
        if (type == null) {
            return "misc:";
        }
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> "org:";
            case LOCATION -> "loc:";
            case MISC -> "misc:";
        };
    }

    public static boolean isPerson(String key) {
        return key != null && key.startsWith(PERSON);
    }

    /** A person key without a given part, which may stand for any one person of that surname. */
    public static boolean isSurnameOnly(String key) {
        return isPerson(key) && key.indexOf('.', PERSON.length()) < 0;
    }

    /** The key with the given part dropped: the bucket in which surname-only keys look for their full key. */
    public static String surnameKey(String key) {
        if (!isPerson(key)) {
            return key;
        }
        int dot = key.indexOf('.', PERSON.length());
        return dot < 0 ? key : key.substring(0, dot);
    }

    /**
     * Merges person keys within one story: a surname-only key maps to the single full key of the same surname
     * among {@code keys}, if exactly one exists; every other key maps to itself.
     */
    public static Map<String, String> canonical(Collection<String> keys) {
        Map<String, Set<String>> fullBySurname = new HashMap<>();
        for (String key : keys) {
            if (isPerson(key) && !isSurnameOnly(key)) {
                fullBySurname.computeIfAbsent(surnameKey(key), s -> new TreeSet<>()).add(key);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String key : keys) {
            Set<String> full = isSurnameOnly(key) ? fullBySurname.getOrDefault(key, Set.of()) : Set.of();
            canonical.put(key, full.size() == 1 ? full.iterator().next() : key);
        }
        return canonical;
    }
}
