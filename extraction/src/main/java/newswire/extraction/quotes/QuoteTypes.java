package newswire.extraction.quotes;

/**
 * FULL or PARTIAL: a partial quotation is a phrase worked into the writer's own sentence (called it
 * "unprofessional"); a full one is a sentence or more of the speaker's own, standing alone or after a lead-in.
 */
final class QuoteTypes {

    private static final int LONGEST_PHRASE = 6;

    private QuoteTypes() {
    }

    static boolean isPartial(TokenView v, QuoteSpan q) {
        String text = v.text;
        char first = firstLetter(text, q);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (q.openMark() < 0) {
            return false;
        }
        int b = v.lastBefore(q.openMark());
        if (b < 0 || v.quoted(b) || v.paragraph(b) != q.paragraph() || v.isSentenceEnd(b)) {
            return false;
        }
        String w = v.word(b);
        boolean leadIn = w.equals(":") || w.equals(",") || v.isSpeechVerb(b) || v.lower(b).equals("that");
        char last = text.charAt(q.end() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == ',';
        return !leadIn && !sentenceEnd && q.end() - q.start() < 80
                && text.substring(q.start(), q.end()).split("\\s+").length <= LONGEST_PHRASE;
    }

    private static char firstLetter(String text, QuoteSpan q) {
        for (int i = q.start(); i < q.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 'A';
    }
}
