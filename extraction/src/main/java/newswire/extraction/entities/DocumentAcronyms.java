package newswire.extraction.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms the article itself defines, "Democratic Unionist Party (DUP)" or "NYSE (New York Stock Exchange)":
 * the acronym is another name of its long form. An acronym whose long form is a person's title
 * ("Assistant Inspector General of Police (AIG)") is itself a title.
 */
final class DocumentAcronyms {

    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "&");

    /** Where the article spells an acronym out: tokens {@code first} to {@code last} (exclusive). */
    record LongForm(String text, int first, int last) {
    }

    /** folded acronym to its long form as written */
    private final Map<String, LongForm> longForms = new HashMap<>();
    private final Set<String> titles = new HashSet<>();

    static DocumentAcronyms find(TokenView doc, NewsLexicons lexicons) {
        DocumentAcronyms found = new DocumentAcronyms();
        // "Democratic Unionist Party (DUP)"
        for (int i = 1; i + 2 < doc.size(); i++) {
            if (!doc.word(i).equals("(") || !doc.word(i + 2).equals(")") || !doc.sameSentence(i - 1, i + 2)) {
                continue;
            }
            if (isAcronym(doc.word(i + 1))) {
                found.longFormBefore(doc, i, doc.word(i + 1), lexicons);
            }
        }
        // "NYSE (New York Stock Exchange)": a parenthesis holding several words
        for (int i = 1; i < doc.size(); i++) {
            if (doc.word(i).equals("(") && isAcronym(doc.word(i - 1))) {
                found.longFormInside(doc, i, doc.word(i - 1));
            }
        }
        return found;
    }

    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** The initials of a name's capitalised words: "Democratic Unionist Party" to "DUP". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !CONNECTORS.contains(w.toLowerCase())) {
                sb.appendCodePoint(w.codePointAt(0));
            }
        }
        return sb.toString();
    }

    Optional<String> longFormOf(String acronym) {
        return Optional.ofNullable(longForms.get(Folding.fold(acronym))).map(LongForm::text);
    }

    /** Every acronym the article defines, to its long form. */
    Map<String, LongForm> definitions() {
        return Map.copyOf(longForms);
    }

    boolean isTitle(String word) {
        return titles.contains(Folding.fold(word));
    }

    private void longFormBefore(TokenView doc, int paren, String acronym, NewsLexicons lexicons) {
        String letters = acronym.replace(".", "");
        int start = paren;
        while (start - 1 >= 0 && doc.sameSentence(start - 1, paren)
                && (doc.capitalized(start - 1) || CONNECTORS.contains(doc.word(start - 1).toLowerCase()))) {
            start--;
        }
        // the long form is the window of capitalised words whose initials spell the acronym, nearest the parenthesis
        for (int end = paren; end > start; end--) {
            for (int first = end - 1; first >= start; first--) {
                if (!doc.capitalized(first)) {
                    continue;
                }
                String candidate = doc.span(first, end);
                String init = initials(candidate);
                if (init.equals(letters)) {
                    record(acronym, new LongForm(candidate, first, end), lexicons);
                    return;
                }
                if (init.length() > letters.length()) {
                    break;
                }
            }
        }
    }

    private void longFormInside(TokenView doc, int paren, String acronym) {
        int close = paren + 1;
        while (close < doc.size() && doc.sameSentence(paren, close) && !doc.word(close).equals(")")) {
            close++;
        }
        if (close >= doc.size() || close == paren + 1 || !doc.word(close).equals(")")) {
            return;
        }
        String candidate = doc.span(paren + 1, close);
        if (initials(candidate).equals(acronym.replace(".", ""))) {
            longForms.put(Folding.fold(acronym), new LongForm(candidate, paren + 1, close));
        }
    }

    private void record(String acronym, LongForm longForm, NewsLexicons lexicons) {
        longForms.put(Folding.fold(acronym), longForm);
        boolean allTitleWords = true;
        for (String w : longForm.text().split("\\s+")) {
            if (!CONNECTORS.contains(w.toLowerCase()) && !lexicons.isTitleWord(w)) {
                allTitleWords = false;
            }
        }
        if (allTitleWords) {
            titles.add(Folding.fold(acronym));
        }
    }
}
