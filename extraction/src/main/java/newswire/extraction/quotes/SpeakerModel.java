package newswire.extraction.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A log-linear ranking model over a quotation's candidate sources: each candidate's score is the sum of the weights of
 * its {@link SpeakerFeatures}, and the probability that it is the source is its softmax share among the candidates.
 * The weights are learned by {@code bin/train-speaker-model} from PolNeAR's annotated sources and read from
 * {@value #RESOURCE}: one "feature TAB weight" line each.
 */
final class SpeakerModel {

    static final String RESOURCE = "/newswire/extraction/quotes/speaker-model.tsv";

    private static final SpeakerModel STANDARD = load();

    private final Map<String, Double> weights;

    SpeakerModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    static SpeakerModel standard() {
        return STANDARD;
    }

    double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                s += w;
            }
        }
        return s;
    }

    /** The weight of one feature, or null when the model has none: for explaining a choice. */
    Double weightOf(String feature) {
        return weights.get(feature);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    private static SpeakerModel load() {
        Map<String, Double> weights = new HashMap<>();
        for (String[] f : TsvResource.rows(RESOURCE)) {
            weights.put(f[0], Double.parseDouble(f[1]));
        }
        return new SpeakerModel(weights);
    }
}
