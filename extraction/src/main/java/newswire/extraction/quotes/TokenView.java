package newswire.extraction.quotes;

import java.util.List;
import java.util.Locale;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.Sentence;
import newswire.extraction.nlp.Token;

/**
 * The article's tokens in one array, each with its sentence and paragraph and whether it lies inside a
 * quotation. Attribution reads only the words outside quotations, so quoted words never become speakers.
 */
final class TokenView {

    final String text;
    private final Token[] tokens;
    private final int[] sentence;
    private final int[] paragraph;
    private final int[] sentenceFirst;
    private final int[] sentenceLast;
    private final boolean[] quoted;
    private final List<QuoteSpan> spans;

    TokenView(AnnotatedText annotated, List<QuoteSpan> spans) {
        this.text = annotated.text();
        this.spans = List.copyOf(spans);
        int count = 0;
        for (Sentence s : annotated.sentences()) {
            count += s.tokens().size();
        }
        tokens = new Token[count];
        sentence = new int[count];
        paragraph = new int[count];
        quoted = new boolean[count];
        int sentences = annotated.sentences().size();
        sentenceFirst = new int[sentences];
        sentenceLast = new int[sentences];
        int k = 0;
        for (int s = 0; s < sentences; s++) {
            sentenceFirst[s] = k;
            for (Token t : annotated.sentences().get(s).tokens()) {
                tokens[k] = t;
                sentence[k] = s;
                k++;
            }
            sentenceLast[s] = k - 1;
        }
        int para = 0;
        int scanned = 0;
        for (int i = 0; i < count; i++) {
            int upTo = Math.min(tokens[i].start(), text.length());
            for (; scanned < upTo; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    para++;
                }
            }
            paragraph[i] = para;
        }
        int t = 0;
        for (QuoteSpan q : spans) {
            while (t < count && tokens[t].end() <= q.outerStart()) {
                t++;
            }
            for (int u = t; u < count && tokens[u].start() < q.outerEnd(); u++) {
                quoted[u] = true;
            }
        }
    }

    int size() {
        return tokens.length;
    }

    /** The quotations, in text order. */
    List<QuoteSpan> spans() {
        return spans;
    }

    Token token(int i) {
        return tokens[i];
    }

    String word(int i) {
        return tokens[i].text();
    }

    String lower(int i) {
        return tokens[i].text().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return tokens[i].pos() == null ? "" : tokens[i].pos();
    }

    String lemma(int i) {
        String l = tokens[i].lemma();
        return l == null ? lower(i) : l.toLowerCase(Locale.ROOT);
    }

    String ner(int i) {
        return tokens[i].ner() == null ? "O" : tokens[i].ner();
    }

    int sentence(int i) {
        return sentence[i];
    }

    int paragraph(int i) {
        return paragraph[i];
    }

    int sentenceFirst(int i) {
        return sentenceFirst[sentence[i]];
    }

    int sentenceLast(int i) {
        return sentenceLast[sentence[i]];
    }

    int sentenceCount() {
        return sentenceFirst.length;
    }

    int firstOfSentence(int s) {
        return sentenceFirst[s];
    }

    int lastOfSentence(int s) {
        return sentenceLast[s];
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    /** Index of the first token starting at or after {@code offset}; size() when none. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token ending at or before {@code offset}; -1 when none. */
    int lastBefore(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    // ---- part-of-speech classes used by the attribution rules

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isProperNoun(int i) {
        return pos(i).startsWith("NNP");
    }

    boolean isFiniteVerb(int i) {
        String p = pos(i);
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || pos(i).equals("MD");
    }

    boolean isAdverb(int i) {
        return pos(i).startsWith("RB");
    }

    /** Auxiliaries and adverbs between a subject and its verb: "has also", "had earlier", "would". */
    boolean isAuxiliaryOrAdverb(int i) {
        if (isAdverb(i) || pos(i).equals("MD")) {
            return true;
        }
        String l = lemma(i);
        return isVerb(i) && (l.equals("be") || l.equals("have") || l.equals("do"));
    }

    boolean isSpeechVerb(int i) {
        return isVerb(i) && AttributionWords.cueVerbs().contains(lemma(i)) && !quoted[i];
    }

    boolean isComma(int i) {
        return word(i).equals(",");
    }

    boolean isSentenceEnd(int i) {
        String w = word(i);
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("\u2026");
    }

    boolean isDash(int i) {
        String w = word(i);
        return w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("-");
    }

    boolean isPerson(int i) {
        return ner(i).equals("PERSON");
    }

    boolean isOrganization(int i) {
        return ner(i).equals("ORGANIZATION");
    }
}
