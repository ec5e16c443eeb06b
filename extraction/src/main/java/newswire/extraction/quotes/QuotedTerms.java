package newswire.extraction.quotes;

/**
 * A word or two in quotation marks that nobody is reported to have said: an analyst "who rates the stock “buy”"
 * (the term sits in a relative clause about the speaker, not in what he said), a term the writer glosses ("caused
 * by a “cold drop”, a pocket of cold air"), or one that describes its subject ("students are “snowflakes”").
 * Decided from the words around the marks.
 */
final class QuotedTerms {

    private QuotedTerms() {
    }

    static boolean isTerm(TokenView v, QuoteSpan q, Mention speaker, Phrase cue) {
        return insideRelativeClause(v, q, speaker, cue) || glossed(v, q) || describing(v, q);
    }

    /**
     * "students are “snowflakes”": a word or two right after a form of "be" describe its subject, and with no cue
     * verb in the sentence nobody is reported to have said them.
     */
    private static boolean describing(TokenView v, QuoteSpan q) {
        if (q.openMark() < 0) {
            return false;
        }
        int before = v.lastBefore(q.openMark());
        while (before >= 0 && (v.isAdverb(before) || v.pos(before).equals("DT")) && !v.quoted(before)) {
            before--;
        }
        if (before < 0 || v.quoted(before) || !v.isVerb(before) || !v.lemma(before).equals("be")) {
            return false;
        }
        for (int i = v.sentenceFirst(before); i <= v.sentenceLast(before); i++) {
            if (v.isSpeechVerb(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "said Martin Cole, who rates the stock “buy”": the term sits in a relative clause about someone whose own
     * verb does not cue speech. Read from the words alone, whoever the source turned out to be; "a state that is
     * attempting a “systematic genocide”" is no such clause.
     */
    private static boolean insideRelativeClause(TokenView v, QuoteSpan q, Mention speaker, Phrase cue) {
        if (q.openMark() < 0) {
            return false;
        }
        int before = v.lastBefore(q.openMark());
        if (before < 0) {
            return false;
        }
        int first = v.sentenceFirst(before);
        for (int k = before; k >= first && !v.quoted(k); k--) {
            // "who" always opens a clause about someone; "that" and "which" only right after a name
            boolean aboutSomeone = v.pos(k).equals("WP") && v.lower(k).equals("who")
                    || v.pos(k).equals("WDT") && k >= 1 && (v.isPerson(k - 1) || v.isOrganization(k - 1));
            if (aboutSomeone) {
                for (int j = k + 1; j <= before; j++) {
                    if (v.isFiniteVerb(j)) {
                        return !AttributionWords.cueVerbs().contains(v.lemma(j));
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A term glossed by an indefinite apposition right after it: a “cold drop”, a pocket of cold air. */
    private static boolean glossed(TokenView v, QuoteSpan q) {
        if (q.openMark() < 0 || q.closeMark() < 0) {
            return false;
        }
        int before = v.lastBefore(q.openMark());
        int after = v.firstAtOrAfter(q.closeMark() + 1);
        if (before < 0 || after + 1 >= v.size() || !v.pos(before).equals("DT")) {
            return false;
        }
        String article = v.lower(after + 1);
        return v.isComma(after) && (article.equals("a") || article.equals("an")) && !v.quoted(after + 1);
    }
}
