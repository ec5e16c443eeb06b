package newswire.extraction.quotes;

/**
 * A phrase that could be the source of a quotation: a name, a pronoun or a noun phrase, tokens {@code first} to
 * {@code last} (inclusive) of a {@link TokenView}, with its head word.
 */
record Mention(int first, int last, int head, Kind kind) {

    enum Kind {
        /** a person's name as the tagger saw it: "Sen. Ted Cruz" */
        PERSON,
        /** an organisation's name: "the Clinton campaign" is a DESCRIPTION, "Gallup" is this */
        ORGANIZATION,
        /** a place's name; rarely a source, but "Moscow said" happens */
        PLACE,
        /** a capitalised name the tagger gave no type: "Deer said", "Breitbart News" */
        NAME,
        /** he, she, they, it, we, I, you, who, which */
        PRONOUN,
        /** a noun phrase with a common head: "a campaign spokesman", "the report", "Trump's aides" */
        DESCRIPTION
    }

    Phrase phrase() {
        return new Phrase(first, last);
    }

    boolean overlaps(int start, int end, TokenView v) {
        return v.token(first).start() < end && start < v.token(last).end();
    }
}
