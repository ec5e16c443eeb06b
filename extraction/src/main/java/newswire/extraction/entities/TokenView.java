package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.List;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.Sentence;
import newswire.extraction.nlp.Token;

/** The article's tokens in one list, indexed as {@link Token#index()}, with the questions the rules ask of them. */
final class TokenView {

    private final String text;
    private final List<Token> tokens;
    private final int[] sentenceOf;
    private final int[] sentenceFirstToken;

    TokenView(AnnotatedText annotated) {
        this.text = annotated.text();
        List<Token> all = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) {
                firsts.add(s.tokens().get(0).index());
                sentences.add(s.index());
                all.add(t);
            }
        }
        this.tokens = all;
        this.sentenceOf = sentences.stream().mapToInt(Integer::intValue).toArray();
        this.sentenceFirstToken = firsts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    String ner(int i) {
        return tokens.get(i).ner();
    }

    /**
     * True when the tagger gave every token of [first, last) its label with a probability of at least 0.9. Where it
     * is sure, it is right far more often than a word list or a rule of thumb (measured on CoNLL-2003: sports clubs
     * named after their city, "West Bank", "Russian Federation"); where it is unsure, the rules may relabel.
     */
    private static final double SURE = 0.9;
    boolean taggerSure(int first, int last) {
        for (int i = first; i < last; i++) {
            if (tokens.get(i).nerConfidence() < SURE) {
                return false;
            }
        }
        return true;
    }

    int sentence(int i) {
        return sentenceOf[i];
    }

    boolean inRange(int i) {
        return i >= 0 && i < tokens.size();
    }

    boolean sameSentence(int i, int j) {
        return inRange(i) && inRange(j) && sentenceOf[i] == sentenceOf[j];
    }

    boolean sentenceInitial(int i) {
        return sentenceFirstToken[i] == i;
    }

    /** The line (paragraph) token {@code i} stands on, counted from 0; -1 when it does not open its line. */
    int lineOpened(int i) {
        int start = tokens.get(i).start();
        int k = start - 1;
        while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k >= 0 && text.charAt(k) != '\n') {
            return -1;
        }
        int line = 0;
        for (int c = 0; c < start; c++) {
            if (text.charAt(c) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The body text from the start of token {@code first} to the end of token {@code last - 1}. */
    String span(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last - 1).end());
    }

    /** Starts with a capital letter (or is "eSwatini"-like: a lower-case prefix then a capital). */
    boolean capitalized(int i) {
        String w = word(i);
        if (w.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
            return true;
        }
        return w.length() > 1 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
    }

    boolean properNoun(int i) {
        String pos = tokens.get(i).pos();
        return "NNP".equals(pos) || "NNPS".equals(pos);
    }

    boolean noun(int i) {
        String pos = tokens.get(i).pos();
        return pos != null && pos.startsWith("NN");
    }

    /** "’s" or "'s": the possessive that may sit inside a name ("Queen’s University"). */
    boolean possessive(int i) {
        String w = word(i);
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }
}
