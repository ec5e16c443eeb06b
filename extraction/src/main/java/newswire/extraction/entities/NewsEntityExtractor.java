package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import newswire.contract.EntityRecord;
import newswire.contract.Mention;
import newswire.extraction.keys.EntityKeys;
import newswire.extraction.nlp.AnnotatedText;

/**
 * The news entity extractor: CRF tagger spans mended by general rules ({@link NameSpotter}), grouped into one
 * record per real-world entity ({@link EntityClusterer}), completed with the untagged repeats of known names
 * ({@link MentionPropagator}) and scored by {@link Salience}. Records are numbered e1, e2, ... by first mention
 * and carry their cross-article key ({@link EntityKeys}).
 * Stateless after construction, so one instance may serve many threads.
 */
public final class NewsEntityExtractor implements EntityExtractor {

    private final NewsLexicons lexicons = NewsLexicons.standard();
    private final Set<EntityRule> rules;
    private final NameSpotter spotter;
    private final EntityClusterer clusterer;
    private final MentionPropagator propagator;
    private final EntityKeys keys = new EntityKeys();

    /** The production extractor: the rules that pay ({@link EntityRule#ON}). */
    public NewsEntityExtractor() {
        this(EntityRule.ON);
    }

    /** An extractor applying only the given rules, to measure what each one is worth. */
    public NewsEntityExtractor(Set<EntityRule> rules) {
        this.rules = Set.copyOf(rules);
        this.spotter = new NameSpotter(lexicons, this.rules);
        this.clusterer = new EntityClusterer(lexicons, this.rules);
        this.propagator = new MentionPropagator(lexicons);
    }

    @Override
    public List<EntityRecord> extract(AnnotatedText text) {
        TokenView doc = new TokenView(text);
        if (doc.size() == 0) {
            return List.of();
        }
        DocumentAcronyms acronyms = DocumentAcronyms.find(doc, lexicons);
        List<EntityCluster> clusters = clusterer.cluster(doc, spotter.spot(doc, acronyms), acronyms);
        if (rules.contains(EntityRule.REPEATED_MENTIONS)) {
            propagator.propagate(doc, clusters, acronyms);
        }
        return keys.withKeys(records(doc, clusters));
    }

    private static List<EntityRecord> records(TokenView doc, List<EntityCluster> clusters) {
        List<EntityCluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(EntityCluster::firstStart));
        int maxCount = ordered.stream().mapToInt(c -> c.mentions().size()).max().orElse(0);
        int leadSentence = doc.sentence(0);
        List<EntityRecord> records = new ArrayList<>();
        for (EntityCluster c : ordered) {
            List<Mention> mentions = new ArrayList<>();
            for (NameSpan m : c.mentions()) {
                mentions.add(new Mention(c.text(m), doc.token(m.first()).start(), doc.token(m.last() - 1).end()));
            }
            boolean inLead = doc.sentence(c.mentions().get(0).first()) == leadSentence;
            double salience = Salience.of(mentions.size(), maxCount, c.firstStart(), doc.text().length(), inLead);
            records.add(new EntityRecord("e" + (records.size() + 1), c.name(), c.type(), List.copyOf(mentions),
                    mentions.size(), salience));
        }
        return List.copyOf(records);
    }
}
