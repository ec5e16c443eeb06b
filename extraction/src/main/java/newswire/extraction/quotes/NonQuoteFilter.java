package newswire.extraction.quotes;

import java.util.Set;

/**
 * Quotation marks that do not quote anybody: titles of works and programmes ("Game of Thrones"), nicknames
 * (Dwayne "The Rock" Johnson) and words the writer distances himself from (so-called "smart" bombs). Decided
 * from the marked words and the words just before them; unattributed scare quotes are dropped later, once
 * attribution has found nobody.
 */
final class NonQuoteFilter {

    private static final Set<String> NAMING_WORDS = Set.of("so-called", "dubbed", "nicknamed", "titled",
            "entitled", "named", "hashtag", "codenamed", "code-named", "billed", "styled", "self-styled");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to",
            "at", "with", "by", "from", "or", "de", "la", "le", "du", "van", "von", "&");
    private static final int LONGEST_TITLE = 8;

    private NonQuoteFilter() {
    }

    static boolean isNotAQuotation(String text, QuoteSpan q) {
        if (q.openMark() < 0 || q.closeMark() < 0) {
            return false;
        }
        String words = text.substring(q.start(), q.end());
        String before = wordsBefore(text, q.openMark(), 2);
        String last = lastWord(before);
        if (NAMING_WORDS.contains(last) || before.endsWith("so called") || before.endsWith("known as")) {
            return true;
        }
        return isTitleCase(words, before) || isNickname(text, q, words);
    }

    /**
     * "Game of Thrones", "Operation Protective Edge", "Face the Nation,": every word capitalised. American style
     * puts a comma or full stop inside the marks, so a title may end with one; a single word needs more than
     * capitals to be a title, so it must stand bare in the middle of a sentence.
     */
    private static boolean isTitleCase(String words, String before) {
        if (before.endsWith(":")) {
            return false;
        }
        boolean punctuated = endsLikeSentence(words);
        if (punctuated) {
            words = words.substring(0, words.length() - 1).strip();
            if (words.isEmpty() || words.split("\\s+").length < 2 || endsLikeSentence(words)) {
                return false;
            }
        }
        String[] parts = words.split("\\s+");
        if (parts.length > LONGEST_TITLE) {
            return false;
        }
        boolean midSentence = !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1));
        if (parts.length < 2 && !midSentence) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || !Character.isLetter(p.charAt(0))) {
                continue;
            }
            if (i > 0 && SMALL_WORDS.contains(p.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(p.charAt(0)) || p.equals("I") && parts.length == 1) {
                return false;
            }
        }
        return true;
    }

    /** A short capitalised phrase between a first name and a surname. */
    private static boolean isNickname(String text, QuoteSpan q, String words) {
        if (words.split("\\s+").length > 3 || !Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        String prev = lastWord(wordsBefore(text, q.openMark(), 1));
        int i = q.closeMark() + 1;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return !prev.isEmpty() && Character.isUpperCase(prevWordCase(text, q.openMark()))
                && i < text.length() && Character.isUpperCase(text.charAt(i)) && i > q.closeMark() + 1;
    }

    private static char prevWordCase(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int e = i;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return e > i && i + 1 <= e ? text.charAt(i + 1) : 'a';
    }

    private static boolean endsLikeSentence(String words) {
        char c = words.charAt(words.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '\u2026';
    }

    /** Up to {@code n} words before the offset on the same line, lower-cased. */
    private static String wordsBefore(String text, int at, int n) {
        int i = at;
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int from = Math.max(lineStart, at - 40);
        String chunk = text.substring(from, i).stripTrailing();
        String[] parts = chunk.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, parts.length - n); k < parts.length; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(parts[k]);
        }
        return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String lastWord(String words) {
        int sp = words.lastIndexOf(' ');
        return sp < 0 ? words : words.substring(sp + 1);
    }
}
