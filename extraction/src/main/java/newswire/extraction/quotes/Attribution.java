package newswire.extraction.quotes;

/**
 * Where the article says who spoke a quotation: the speaker's noun phrase (may be a pronoun) and the cue.
 *
 * @param speaker the mention that attributes the quotation
 * @param cue     the cue words ("said", "according to", a colon lead-in, a dash), or null
 * @param how     which rule found it, which says how sure we are
 */
record Attribution(Phrase speaker, Phrase cue, How how) {

    enum How {
        /** "…," X said / said X / — X: the attribution right after the closing mark. */
        ADJACENT(0.9),
        /** X said: "…" / X told reporters that "…": the cue verb before the opening mark. */
        LEAD_IN(0.85),
        /** a speech verb later in the sentence: "…" set by managers, the company said. */
        LATER_IN_SENTENCE(0.7),
        /** no speech verb: the subject of the clause the partial quotation sits in. */
        CLAUSE_SUBJECT(0.5);

        final double confidence;

        How(double confidence) {
            this.confidence = confidence;
        }
    }
}
