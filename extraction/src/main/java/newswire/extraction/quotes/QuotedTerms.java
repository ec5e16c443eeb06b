package newswire.extraction.quotes;

/**
 * A word or two in quotation marks that an attribution seems to cover but that nobody is reported to have said:
 * an analyst "who rates the stock “buy”" (the term sits in a relative clause about the speaker, not in what he
 * said), or a term the writer glosses, "caused by a “cold drop”, a pocket of cold air". Decided from the tokens
 * between the cue and the marks and the words right after the closing mark.
 */
final class QuotedTerms {

    private QuotedTerms() {
    }

    static boolean isTerm(TokenView v, QuoteSpan q, Mention speaker, Phrase cue) {
        return insideRelativeClause(v, q, speaker, cue) || glossed(v, q);
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
