package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions that may be a quotation's source: those from two sentences before it to one sentence after it, in its
 * own paragraph or the one before, plus the source of the quotation before it wherever that stands (a quotation
 * that carries on another one). Measured on PolNeAR's train split, this window holds 98.7% of annotated sources
 * (74% in the quotation's own sentence, 23% in the sentence before).
 */
final class SourceCandidates {

    private SourceCandidates() {
    }

    static List<Mention> around(TokenView v, List<Mention> mentions, QuoteSpan q, Mention previous) {
        int qFirst = v.firstAtOrAfter(q.outerStart());
        int qLast = Math.max(qFirst, v.lastBefore(q.outerEnd()));
        if (qFirst >= v.size()) {
            return List.of();
        }
        int fromSentence = Math.max(0, v.sentence(qFirst) - 2);
        int toSentence = Math.min(v.sentenceCount() - 1, v.sentence(Math.min(qLast, v.size() - 1)) + 1);
        int fromToken = v.firstOfSentence(fromSentence);
        int toToken = v.lastOfSentence(toSentence);
        List<Mention> out = new ArrayList<>();
        for (int k = firstAtOrAfter(mentions, fromToken); k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.first() > toToken) {
                break;
            }
            int p = v.paragraph(m.first());
            if (p >= q.paragraph() - 1 && p <= q.paragraph() && (m.last() < qFirst || m.first() > qLast)) {
                out.add(m);
            }
        }
        if (previous != null && !out.contains(previous)) {
            out.add(previous);
        }
        return out;
    }

    /** Index of the first mention starting at or after token {@code token}; mentions are in text order. */
    private static int firstAtOrAfter(List<Mention> mentions, int token) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).first() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
