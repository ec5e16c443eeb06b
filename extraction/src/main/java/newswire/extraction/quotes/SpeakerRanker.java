package newswire.extraction.quotes;

import java.util.List;
import java.util.function.Predicate;

/**
 * Picks each quotation's source among the mentions around it with the learned {@link SpeakerModel}: the candidate
 * with the highest probability. The model's "nobody" option takes part in the softmax, so a candidate that only
 * wins because nothing better was around gets a low probability, which the quotation carries as its confidence.
 */
final class SpeakerRanker {

    /** The likeliest source (null when there was no candidate at all) and its probability. */
    record Choice(Mention best, double probability) {
    }

    private final TokenView v;
    private final List<Mention> mentions;
    private final SpeakerModel model;
    private final SpeakerFeatures features;

    SpeakerRanker(TokenView v, List<Mention> mentions, SpeakerModel model, SpeakerFeatures features) {
        this.v = v;
        this.mentions = mentions;
        this.model = model;
        this.features = features;
    }

    Choice choose(QuoteSpan q, Mention previous, QuoteSpan previousQuote) {
        return choose(q, previous, previousQuote, m -> true);
    }

    /** The choice among the candidates that {@code eligible} accepts only. */
    Choice choose(QuoteSpan q, Mention previous, QuoteSpan previousQuote, Predicate<Mention> eligible) {
        List<Mention> candidates = SourceCandidates.around(v, mentions, q, previous).stream().filter(eligible).toList();
        if (candidates.isEmpty()) {
            return new Choice(null, 0);
        }
        double nobody = model.score(features.ofNobody(q));
        double max = nobody;
        double[] scores = new double[candidates.size()];
        int best = 0;
        for (int c = 0; c < candidates.size(); c++) {
            scores[c] = model.score(features.of(q, candidates.get(c), previous, previousQuote));
            max = Math.max(max, scores[c]);
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        double total = Math.exp(nobody - max);
        for (double s : scores) {
            total += Math.exp(s - max);
        }
        return new Choice(candidates.get(best), Math.exp(scores[best] - max) / total);
    }
}
