package newswire.extraction.quotes;

/** A run of tokens [first, last] (inclusive) in a {@link TokenView}: a noun phrase or a cue. */
record Phrase(int first, int last) {

    int start(TokenView v) {
        return v.token(first).start();
    }

    int end(TokenView v) {
        return v.token(last).end();
    }

    String text(TokenView v) {
        return v.text.substring(start(v), end(v));
    }
}
