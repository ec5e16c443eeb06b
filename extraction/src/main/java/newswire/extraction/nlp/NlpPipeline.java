package newswire.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's fast annotators: tokens, sentences, part of speech, lemmas and one CRF named-entity tagger, with the
 * slow parts (SUTime, numeric classifiers, the fine-grained gazetteer) off. Models load once, in the constructor.
 * <p>
 * One CRF, {@value #NER_MODEL}, not CoreNLP's default three (3class, conll.4class, muc.7class): measured on
 * the dev set, whole enrich cost 25 ms CPU per article against 40 ms with all three, and entity F1 was 0.930
 * against 0.934 (the MISC-labelling models only added one acronym, which an entity rule now finds: 0.934 with
 * one CRF). Each of the other two alone scored lower (0.88) and ran slower. Lemmas stay: the quote rules read
 * verb and pronoun lemmas, and they cost about 1 ms.
 * Thread-safe: these annotators may be shared across threads (measured, see shared/notes).
 */
public final class NlpPipeline {

    /** The CoNLL+MUC+ACE PERSON/ORGANIZATION/LOCATION model; ship it (see extraction/pom.xml). */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    public NlpPipeline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // keep "Ki-moon", "al-Sisi", "cease-fire" whole: names and offsets stay intact
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // one paragraph per line in our input: never let a sentence run across a paragraph break
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    public AnnotatedText annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = label.beginPosition();
                int end = label.endPosition();
                tokens.add(new Token(tokenIndex++, text.substring(start, end), start, end, label.tag(),
                        label.lemma(), label.ner() == null ? "O" : label.ner()));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, List.copyOf(tokens)));
        }
        return new AnnotatedText(text, List.copyOf(sentences));
    }
}
