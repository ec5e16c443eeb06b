package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import newswire.contract.Cue;
import newswire.contract.EntityRecord;
import newswire.contract.QuoteRecord;
import newswire.contract.QuoteType;
import newswire.contract.Speaker;
import newswire.contract.SpeakerKind;
import newswire.extraction.nlp.AnnotatedText;

/**
 * Every direct quotation of an article with its speaker and cue. Four steps: the {@link QuotationScanner} pairs
 * the quotation marks; the {@link NonQuoteFilter} drops titles and nicknames; the {@link QuoteAttributor} reads
 * each quotation's own sentence for "X said"-style attribution and the {@link SpeakerResolver} names the
 * speaker; quotations left without attribution then inherit it from the quotation they continue (the other
 * paragraphs of a multi-paragraph quotation, the second half of "X," he said, "Y.", a follow-on paragraph).
 * Scare quotes that nobody is found to have said are dropped. Linear in the article's length.
 */
public final class NewsQuoteExtractor implements QuoteExtractor {

    /** An unattributed partial quotation this short is a scare quote: so-called "smart" bombs. */
    private static final int SCARE_QUOTE_WORDS = 4;
    /** A quoted term this short ("buy", a "cold drop") may be a term rather than speech; see {@link QuotedTerms}. */
    private static final int TERM_WORDS = 2;
    private static final double INHERITED = 0.6;
    private static final double UNKNOWN = 0.2;
    private static final double PRECEDING_SENTENCE = 0.4;

    private final QuotationScanner scanner = new QuotationScanner();

    public NewsQuoteExtractor() {
    }

    @Override
    public List<QuoteRecord> extract(AnnotatedText text, List<EntityRecord> entities) {
        String body = text.text();
        List<QuoteSpan> spans = new ArrayList<>();
        for (QuoteSpan q : scanner.scan(body)) {
            if (!NonQuoteFilter.isNotAQuotation(body, q)) {
                spans.add(q);
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        TokenView view = new TokenView(text, spans);
        SpeakerResolver speakers = new SpeakerResolver(view, new EntityIndex(view, entities));
        SpeakerFeatures features = new SpeakerFeatures(view, AttributionWords.cueVerbs(), AttributionWords.sourceNouns());
        SpeakerRanker ranker = new SpeakerRanker(view, Mentions.find(view), SpeakerModel.standard(), features);

        int n = spans.size();
        boolean[] partial = new boolean[n];
        Speaker[] speaker = new Speaker[n];
        Cue[] cue = new Cue[n];
        double[] confidence = new double[n];
        boolean[] term = new boolean[n];
        Mention previous = null;
        QuoteSpan previousQuote = null;
        for (int i = 0; i < n; i++) {
            QuoteSpan q = spans.get(i);
            partial[i] = QuoteTypes.isPartial(view, q);
            SpeakerRanker.Choice choice = ranker.choose(q, previous, previousQuote);
            // only a short phrase may quote nobody; longer words are somebody's even when the model doubts it
            Mention source = partial[i] && wordCount(body, q) <= SCARE_QUOTE_WORDS && Boolean.getBoolean("nobody") ? choice.source() : choice.best();
            if (source == null) {
                continue;
            }
            Phrase cuePhrase = features.cueOf(source);
            if (partial[i] && wordCount(body, q) <= TERM_WORDS
                    && QuotedTerms.isTerm(view, q, source.phrase(), cuePhrase)) {
                term[i] = true; // a term in quotation marks, not words anyone is reported to have said
                continue;
            }
            speaker[i] = speakers.resolve(source.phrase());
            cue[i] = cuePhrase == null ? null
                    : new Cue(cuePhrase.text(view), cuePhrase.start(view), cuePhrase.end(view));
            confidence[i] = choice.bestProbability() * (speaker[i].kind() == SpeakerKind.UNKNOWN ? 0.5 : 1.0);
            speakers.noteSpeaker(speaker[i], source.phrase().start(view));
            previous = source;
            previousQuote = q;
        }
        inheritWithinQuotations(spans, speaker, confidence);

        List<QuoteRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            QuoteSpan q = spans.get(i);
            boolean nobody = speaker[i] == null || speaker[i].kind() == SpeakerKind.UNKNOWN;
            if (term[i] || nobody && partial[i] && wordCount(body, q) <= SCARE_QUOTE_WORDS) {
                continue;
            }
            Speaker s = speaker[i] == null ? Speaker.UNKNOWN : speaker[i];
            records.add(new QuoteRecord("q" + (records.size() + 1), body.substring(q.start(), q.end()), q.start(),
                    q.end(), partial[i] ? QuoteType.PARTIAL : QuoteType.FULL, s, cue[i],
                    speaker[i] == null ? UNKNOWN : confidence[i]));
        }
        return records;
    }

    /**
     * A full quotation nobody attributes, right after a sentence about one person, is that person's: the
     * feature writer's "She laughs. “Ask me after Glasgow.”", or a long quotation opening the paragraph after
     * "… she describes the winter of 2011". Only a person will do: "The crowd fell silent. “…”" stays unknown.
     */
    private static boolean fromPrecedingSentence(List<QuoteSpan> spans, boolean[] partial, Speaker[] speaker,
                                                 double[] confidence, SpeakerResolver speakers) {
        boolean found = false;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            if (speaker[i] != null || partial[i] || q.continuation() || q.openMark() < 0) {
                continue;
            }
            Speaker s = speakers.personSubjectBefore(q.outerStart());
            if (s != null) {
                speaker[i] = s;
                confidence[i] = PRECEDING_SENTENCE;
                found = true;
            }
        }
        return found;
    }

    /** The paragraphs of one multi-paragraph quotation share the speaker one of them names. */
    private static void inheritWithinQuotations(List<QuoteSpan> spans, Speaker[] speaker, double[] confidence) {
        int i = 0;
        while (i < spans.size()) {
            int j = i;
            while (j + 1 < spans.size() && spans.get(j).openEnded() && spans.get(j + 1).continuation()) {
                j++;
            }
            Speaker last = null;
            double lastConfidence = 0;
            Speaker first = null;
            double firstConfidence = 0;
            for (int k = i; k <= j; k++) {
                if (speaker[k] != null && first == null) {
                    first = speaker[k];
                    firstConfidence = confidence[k];
                }
            }
            for (int k = i; k <= j; k++) {
                if (speaker[k] != null) {
                    last = speaker[k];
                    lastConfidence = confidence[k];
                } else if (last != null) {
                    speaker[k] = last;
                    confidence[k] = lastConfidence * 0.9;
                } else if (first != null) {
                    speaker[k] = first;
                    confidence[k] = firstConfidence * 0.9;
                }
            }
            i = j + 1;
        }
    }

    /**
     * "X," he said. "Y." — the second half belongs to X's speaker; so does a quotation that opens the paragraph
     * right after a paragraph whose quotation was attributed (a follow-on quote).
     */
    private static void inheritFromNeighbours(List<QuoteSpan> spans, Speaker[] speaker, double[] confidence,
                                              String body) {
        for (int i = 1; i < spans.size(); i++) {
            if (speaker[i] != null) {
                continue;
            }
            QuoteSpan q = spans.get(i);
            QuoteSpan prev = spans.get(i - 1);
            boolean sameParagraph = prev.paragraph() == q.paragraph();
            boolean followOn = prev.paragraph() == q.paragraph() - 1 && opensParagraph(body, q);
            if ((sameParagraph || followOn) && speaker[i - 1] != null) {
                speaker[i] = speaker[i - 1];
                confidence[i] = Math.min(confidence[i - 1], INHERITED);
            }
        }
    }

    /** A later partial quotation in the sentence of an attributed one shares its speaker ("X said "a" and "b""). */
    private static boolean sameSentenceAsAttributed(TokenView view, List<QuoteSpan> spans, Speaker[] speaker, int i) {
        if (i == 0 || speaker[i - 1] == null) {
            return false;
        }
        int here = view.firstAtOrAfter(spans.get(i).start());
        int there = view.firstAtOrAfter(spans.get(i - 1).start());
        return here < view.size() && there < view.size() && view.sentence(here) == view.sentence(there);
    }

    private static boolean opensParagraph(String body, QuoteSpan q) {
        int i = q.outerStart() - 1;
        while (i >= 0 && body.charAt(i) != '\n' && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        return i < 0 || body.charAt(i) == '\n';
    }

    private static int wordCount(String body, QuoteSpan q) {
        int words = 0;
        boolean in = false;
        for (int i = q.start(); i < q.end(); i++) {
            boolean letter = !Character.isWhitespace(body.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
