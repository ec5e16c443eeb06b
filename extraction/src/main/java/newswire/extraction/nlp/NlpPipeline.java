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
 * CoreNLP's fast annotators (tokens, sentences, part of speech, lemmas), then named-entity labels from the
 * {@link EntityTagger}, two CRFs that vote, instead of CoreNLP's NER annotator with its slow parts (SUTime, numeric
 * classifiers, the fine-grained gazetteer) that nothing here reads. Models load once, in the constructor. Lemmas
 * stay: the quote rules read verb and pronoun lemmas, and they cost about 1 ms.
 * Thread-safe: these annotators may be shared across threads (measured, see shared/notes).
 */
public final class NlpPipeline {

    private final StanfordCoreNLP pipeline;
    private final EntityTagger tagger;

    public NlpPipeline() {
        this.pipeline = new StanfordCoreNLP(properties());
        this.tagger = new EntityTagger();
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // keep "Ki-moon", "al-Sisi", "cease-fire" whole: names and offsets stay intact
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // one paragraph per line in our input: never let a sentence run across a paragraph break
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return p;
    }

    public AnnotatedText annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            EntityTagger.Label[] ner = tagger.label(labels);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                int start = label.beginPosition();
                int end = label.endPosition();
                tokens.add(new Token(tokenIndex++, text.substring(start, end), start, end, label.tag(),
                        label.lemma(), ner[i].name(), ner[i].confidence()));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, List.copyOf(tokens)));
        }
        return new AnnotatedText(text, List.copyOf(sentences));
    }
}
