package newswire.extraction.nlp;

/**
 * One token of the article body.
 *
 * @param text  the token exactly as in the body ({@code body.substring(start, end)})
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 * @param ner   CoreNLP NER label (PERSON, ORGANIZATION, LOCATION, MISC, ...) or "O"
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {
}
