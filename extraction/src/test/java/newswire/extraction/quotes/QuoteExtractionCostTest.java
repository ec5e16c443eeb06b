package newswire.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.QuoteRecord;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.NlpPipeline;
import newswire.extraction.nlp.Sentence;
import newswire.extraction.nlp.Token;
import org.junit.jupiter.api.Test;

/** The quote step stays linear even on absurd input (its cost per article is measured by bin/benchmark). */
class QuoteExtractionCostTest {

    private final NewsQuoteExtractor extractor = new NewsQuoteExtractor();

    @Test
    void fiveMegabytesWithFiftyThousandQuotationsStaysLinear() {
        String sentence = "\"We will not give up,\" the minister said. ";
        StringBuilder body = new StringBuilder();
        while (body.length() < 5_000_000) {
            body.append(sentence).append(body.length() % 400 < sentence.length() ? "\n" : "");
        }
        AnnotatedText text = whitespaceTokens(body.toString());
        List<QuoteRecord> quotes = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extractor.extract(text, List.of()));
        assertTrue(quotes.size() > 50_000, quotes.size() + " quotations");
        assertEquals("We will not give up,", quotes.get(quotes.size() - 1).text());
    }

    /** A cheap stand-in for the tagger: one token per word or mark, crude tags, one sentence per 40 tokens. */
    private static AnnotatedText whitespaceTokens(String body) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int index = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < body.length() && Character.isLetterOrDigit(body.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String word = body.substring(start, i);
            String pos = word.equals("said") ? "VBD" : word.equals("the") ? "DT" : word.equals("We") ? "PRP"
                    : Character.isLetter(c) ? "NN" : word;
            current.add(new Token(index++, word, start, i, pos, word.toLowerCase(), "O"));
            if (word.equals(".") && current.size() >= 40) {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(sentences.size(), current));
        }
        return new AnnotatedText(body, sentences);
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), List.copyOf(tokens));
    }
}
