package newswire.extraction.nlp;

/**
 * One token of the article body.
 *
 * @param text          the token exactly as in the body ({@code body.substring(start, end)})
 * @param pos           Penn Treebank part-of-speech tag
 * @param lemma         dictionary form
 * @param ner           named-entity label (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 * @param nerConfidence how sure the tagger is of {@code ner}, from 0 to 1
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner,
                    double nerConfidence) {

    /** A token whose label is certain (hand-made tokens in tests). */
    public Token(int index, String text, int start, int end, String pos, String lemma, String ner) {
        this(index, text, start, end, pos, lemma, ner, 1.0);
    }
}
