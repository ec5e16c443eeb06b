package newswire.extraction.nlp;

import java.util.List;

/** A sentence: its span in the body and its tokens. {@code index} counts sentences from 0. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
}
