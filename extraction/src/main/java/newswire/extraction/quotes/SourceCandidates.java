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
        int fromSentence = v.sentence(qFirst) - 2;
        int toSentence = v.sentence(Math.min(qLast, v.size() - 1)) + 1;
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            int s = v.sentence(m.first());
            int p = v.paragraph(m.first());
            if (s >= fromSentence && s <= toSentence && p >= q.paragraph() - 1 && p <= q.paragraph()
                    && (m.last() < qFirst || m.first() > qLast)) {
                out.add(m);
            }
        }
        if (previous != null && !out.contains(previous)) {
            out.add(previous);
        }
        return out;
    }
}
