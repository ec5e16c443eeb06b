package newswire.extraction.quotes;

import java.util.List;
import java.util.function.Predicate;

/**
 * Picks each quotation's source among the mentions around it with the learned {@link SpeakerModel}: the candidate
 * with the highest probability, or nobody when the "nobody" option beats every candidate.
 */
final class SpeakerRanker {

    /** The chosen source (null: nobody) with its probability, and the best candidate whatever nobody scored. */
    record Choice(Mention source, double probability, Mention best, double bestProbability) {
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
        double[] scores = new double[candidates.size() + 1];
        double max = model.score(features.ofNobody(q));
        scores[candidates.size()] = max;
        for (int c = 0; c < candidates.size(); c++) {
            scores[c] = model.score(features.of(q, candidates.get(c), previous, previousQuote));
            max = Math.max(max, scores[c]);
        }
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            total += scores[c];
        }
        int best = -1;
        for (int c = 0; c < candidates.size(); c++) {
            if (best < 0 || scores[c] > scores[best]) {
                best = c;
            }
        }
        if (best < 0) {
            return new Choice(null, scores[0] / total, null, 0);
        }
        double bestProbability = scores[best] / total;
        double nobody = scores[candidates.size()] / total;
        Mention bestMention = candidates.get(best);
        return nobody > bestProbability ? new Choice(null, nobody, bestMention, bestProbability)
                : new Choice(bestMention, bestProbability, bestMention, bestProbability);
    }
}
