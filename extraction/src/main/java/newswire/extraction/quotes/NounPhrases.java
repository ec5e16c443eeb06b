package newswire.extraction.quotes;

import java.util.Set;

/**
 * Noun-phrase chunking from part-of-speech tags alone: enough to pick "a second US official" or
 * "Barclays analyst Michael Leithead" out of an attribution without a parser.
 */
final class NounPhrases {

    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "POS", "PRP$", "HYPH", "FW");

    /** Prepositions that attach a modifier to the noun before them: "protesters outside the university". */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("of", "from", "at", "in", "with", "outside",
            "inside", "for", "on", "near", "within", "across", "among", "under", "behind", "representing");

    private NounPhrases() {
    }

    static boolean isNpToken(TokenView v, int i) {
        if (v.quoted(i)) {
            return false;
        }
        String w = v.lower(i);
        if (w.equals("that") || w.equals("this") || w.equals("which") || w.equals("these") || w.equals("those")) {
            return false;
        }
        return NP_TAGS.contains(v.pos(i)) || v.isPerson(i) || v.isOrganization(i);
    }

    /** Tokens that can end a noun phrase that names a speaker. */
    static boolean isHead(TokenView v, int i) {
        if (v.quoted(i)) {
            return false;
        }
        if (v.pos(i).equals("PRP")) {
            return CueLexicon.isSubjectPronoun(v.word(i));
        }
        return v.isNoun(i) || v.isPerson(i) || v.isOrganization(i);
    }

    /** The noun phrase ending at {@code head}, reaching no further left than {@code floor}. */
    static Phrase endingAt(TokenView v, int head, int floor) {
        if (head < floor || head < 0 || !isHead(v, head)) {
            return null;
        }
        if (v.pos(head).equals("PRP")) {
            return new Phrase(head, head);
        }
        int s = head;
        while (s - 1 >= floor && isNpToken(v, s - 1)) {
            s--;
        }
        return new Phrase(s, head);
    }

    /** The noun phrase starting at {@code first}, stopping before {@code limit}; null if none starts there. */
    static Phrase startingAt(TokenView v, int first, int limit) {
        if (first >= limit || v.quoted(first)) {
            return null;
        }
        if (v.pos(first).equals("PRP")) {
            return CueLexicon.isSubjectPronoun(v.word(first)) ? new Phrase(first, first) : null;
        }
        int e = first;
        int lastHead = -1;
        while (e < limit && isNpToken(v, e)) {
            if (isHead(v, e)) {
                lastHead = e;
            }
            e++;
        }
        return lastHead < 0 ? null : new Phrase(first, lastHead);
    }

    /** "Protesters outside Leeds University", "officials travelling with Kerry": the phrase the modifier hangs on. */
    static Phrase modifiedBy(TokenView v, Phrase np, int floor) {
        int i = np.first() - 1;
        if (i < floor || v.quoted(i) || !MODIFIER_PREPOSITIONS.contains(v.lower(i))) {
            return null;
        }
        i--;
        if (i >= floor && (v.pos(i).equals("VBG") || v.pos(i).equals("VBN")) && !v.quoted(i)) {
            i--;
        }
        return endingAt(v, i, floor);
    }
}
