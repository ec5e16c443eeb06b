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

    static boolean isTerm(TokenView v, QuoteSpan q, Phrase speaker, Phrase cue) {
        return insideRelativeClause(v, q, speaker, cue) || glossed(v, q);
    }

    /** "said Martin Cole, who rates the stock “buy”": a relative clause with its own, non-speech verb. */
    private static boolean insideRelativeClause(TokenView v, QuoteSpan q, Phrase speaker, Phrase cue) {
        if (cue == null || q.openMark() < 0) {
            return false;
        }
        int before = v.lastBefore(q.openMark());
        int speakerEnd = speaker.last();
        for (int k = cue.last() + 1; k <= before; k++) {
            if (v.quoted(k)) {
                return false;
            }
            // the clause must be about the speaker ("Cole, who rates"), not about what was said ("a state that is")
            boolean aboutSpeaker = k == speakerEnd + 1 || k == speakerEnd + 2 && v.isComma(speakerEnd + 1);
            if (aboutSpeaker && (v.pos(k).equals("WP") || v.pos(k).equals("WDT"))) {
                for (int j = k + 1; j <= before; j++) {
                    if (v.isFiniteVerb(j)) {
                        return !v.isSpeechVerb(j);
                    }
                }
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
