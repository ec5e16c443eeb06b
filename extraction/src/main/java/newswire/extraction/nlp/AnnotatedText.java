package newswire.extraction.nlp;

import java.util.List;

/** The article body with its sentences and tagged tokens: everything the extractors read. */
public record AnnotatedText(String text, List<Sentence> sentences) {
}
