package newswire.extraction.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newswire.contract.EntityType;

/**
 * The key of an organisation, place or other name: {@code org:}, {@code loc:} or {@code misc:}, then the name's words
 * run together, after the name an alias list knows is replaced by its canonical form ("U.S." to "United States"),
 * a leading "the" and trailing legal forms ("Inc.", "PLC") or, for a place, designators ("Strip", "province") are
 * dropped, and each word is written by the
 * {@link KeyCoding#name()} code. Run together, "Al Jazeera", "Al-Jazeera" and "Aljazeera" meet.
 */
final class NameKeys {

    private final KeyLexicons lexicons;
    private final KeyCoding coding;

    NameKeys(KeyLexicons lexicons, KeyCoding coding) {
        this.lexicons = lexicons;
        this.coding = coding;
    }

    String key(EntityType type, String name) {
        String canonical = lexicons.aliases().canonicalOf(withoutArticle(name)).orElse(name);
        List<String> words = new ArrayList<>(FoldedText.words(canonical));
        if (words.size() > 1 && words.get(0).equals("THE")) {
            words.remove(0);
        }
        WordList droppedAtEnd = type == EntityType.LOCATION ? lexicons.placeDesignators() : lexicons.legalForms();
        while (words.size() > 1 && droppedAtEnd.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return prefix(type) + body(words, coding.name(), name);
    }

    /** "the U.N." is listed as "U.N.". */
    private static String withoutArticle(String name) {
        String stripped = name.strip();
        return stripped.regionMatches(true, 0, "the ", 0, 4) ? stripped.substring(4) : stripped;
    }

    static String prefix(EntityType type) {
        return switch (type) {
            case PERSON -> PersonKeys.PREFIX;
            case ORGANIZATION -> "org:";
            case LOCATION -> "loc:";
            case MISC -> "misc:";
        };
    }

    /** Words coded and run together; a name with no letter or digit at all still gets a non-empty body. */
    static String body(List<String> words, NameCode code, String written) {
        StringBuilder body = new StringBuilder();
        for (String w : words) {
            for (String folded : FoldedText.words(w)) {
                body.append(code.encode(folded));
            }
        }
        return body.length() > 0 ? body.toString()
                : "_" + Integer.toHexString(written.strip().toLowerCase(Locale.ROOT).hashCode());
    }
}
