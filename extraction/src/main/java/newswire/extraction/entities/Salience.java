package newswire.extraction.entities;

/**
 * How central an entity is to the article, in [0,1]:
 * {@code 0.5 * count / maxCount + 0.3 * (1 - firstMentionOffset / bodyLength) + 0.2 * [named in the lead]},
 * where the lead is the first sentence. Frequency weighs most; being named early, and above all in the lead
 * (which news writing reserves for the story's main actors), adds the rest.
 */
final class Salience {

    private Salience() {
    }

    static double of(int count, int maxCount, int firstOffset, int bodyLength, boolean inLead) {
        double frequency = maxCount == 0 ? 0 : (double) count / maxCount;
        double earliness = bodyLength == 0 ? 0 : 1.0 - (double) firstOffset / bodyLength;
        double score = 0.5 * frequency + 0.3 * earliness + 0.2 * (inLead ? 1 : 0);
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }
}
