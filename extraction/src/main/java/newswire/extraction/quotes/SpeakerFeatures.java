package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the {@link SpeakerModel} knows about a candidate source of a quotation: where it stands relative to the
 * quotation (direction, sentences and tokens between, the word classes on the path between them), what kind of
 * phrase it is, the verb it is the subject or object of and how often that verb cues attributions, and whether it
 * was the source of the quotation before. Every feature is a short string; the model gives each a weight learned
 * from annotated quotes. The path classes are what make news patterns learnable without listing them:
 * {@code "…," said X} is {@code A:,C}, {@code X said: "…"} is {@code B:C:}, {@code "…," X, the mayor, said} puts
 * X before {@code ,J N,C} on its right.
 */
final class SpeakerFeatures {

    /** Paths longer than this many word classes are all alike: "far". */
    private static final int LONGEST_PATH = 7;
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    private final TokenView v;
    private final AttributionWords cues;
    private final AttributionWords sources;

    SpeakerFeatures(TokenView v, AttributionWords cues, AttributionWords sources) {
        this.v = v;
        this.cues = cues;
        this.sources = sources;
    }

    /**
     * The features of mention {@code m} as the source of quotation {@code q}; {@code previous} is the mention that
     * was the source of the quotation before (or null), {@code previousQuote} that quotation (or null).
     */
    List<String> of(QuoteSpan q, Mention m, Mention previous, QuoteSpan previousQuote) {
        List<String> f = new ArrayList<>(40);
        int qFirst = v.firstAtOrAfter(q.outerStart());
        int qLast = Math.max(qFirst, v.lastBefore(q.outerEnd()));
        boolean before = m.last() < qFirst;
        String dir = before ? "B" : m.first() > qLast ? "A" : "I";
        String kind = kindName(m);
        String coarse = coarseKind(m);
        int sentences = before ? v.sentence(qFirst) - v.sentence(m.last()) : v.sentence(m.first()) - v.sentence(qLast);
        String sent = dir + Math.min(Math.max(sentences, 0), 3);
        int paragraphs = before ? q.paragraph() - v.paragraph(m.first()) : v.paragraph(m.first()) - q.paragraph();
        f.add("k=" + kind);
        f.add("kd=" + coarse + sent);
        f.add("pd=" + dir + Math.min(Math.max(paragraphs, 0), 2));
        int tokens = before ? outsideQuotes(m.last() + 1, qFirst) : outsideQuotes(qLast + 1, m.first());
        f.add("t=" + dir + bucket(tokens));
        String path = before ? path(m.last() + 1, qFirst) : path(qLast + 1, m.first());
        f.add("path=" + dir + path);
        f.add("pathk=" + dir + path + "|" + coarse);
        List<String> local = new ArrayList<>(16);
        context(local, m, coarse);
        verbs(local, m, coarse);
        f.addAll(local);
        String near = sent + bucket(tokens);
        for (String l : local) {
            f.add(l + "@" + near); // the same evidence weighs differently beside the quotation and two sentences away
        }
        quoteShape(f, q, dir, sent);
        continuity(f, m, previous, previousQuote, q, coarse);
        f.add("btw=" + dir + Math.min(namesBetween(m, qFirst, qLast), 2));
        return f;
    }

    /**
     * The features of the quotation's "nobody" option: no candidate is its source, it quotes nobody (a title, a
     * term, a scare quote). What speaks for it: few words, a lower-case start inside the writer's sentence, title
     * case, no cue verb anywhere in its sentences.
     */
    List<String> ofNobody(QuoteSpan q) {
        List<String> f = new ArrayList<>(12);
        int qFirst = v.firstAtOrAfter(q.outerStart());
        int qLast = Math.max(qFirst, v.lastBefore(q.outerEnd()));
        String text = v.text.substring(q.start(), q.end());
        String[] words = text.trim().split("\\s+");
        f.add("nobody");
        f.add("n:words=" + (words.length >= 9 ? "9+" : words.length >= 5 ? "5-8" : String.valueOf(words.length)));
        f.add("n:lower=" + Character.isLowerCase(text.codePointAt(0)));
        f.add("n:title=" + titleCase(words));
        char last = text.charAt(text.length() - 1);
        f.add("n:end=" + (last == ',' ? "comma" : last == '.' || last == '!' || last == '?' ? "stop" : "open"));
        f.add("n:opens=" + opensParagraph(q));
        f.add("n:cue=" + cueInSentences(qFirst, qLast));
        f.add("n:before=" + cls(qFirst - 1));
        f.add("n:after=" + cls(qLast + 1));
        f.add("n:cont=" + (q.openMark() < 0));
        return f;
    }

    private static boolean titleCase(String[] words) {
        int capitals = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitals++;
            }
        }
        return words.length >= 2 && capitals * 4 >= words.length * 3;
    }

    private boolean cueInSentences(int qFirst, int qLast) {
        if (qFirst >= v.size()) {
            return false;
        }
        int from = v.sentenceFirst(qFirst);
        int to = v.sentenceLast(Math.min(qLast, v.size() - 1));
        for (int i = from; i <= to; i++) {
            if (!v.quoted(i) && v.isVerb(i) && cues.contains(v.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that cue the quotation when {@code m} is its source: the cue verb the mention is the subject or
     * the inverted subject of, "according to", or the colon of a lead-in; null when none of these is there.
     */
    Phrase cueOf(Mention m) {
        int after = verbAfter(m);
        if (after >= 0 && cues.contains(v.lemma(after))) {
            return new Phrase(after, after);
        }
        int before = verbBefore(m);
        if (before >= 0 && cues.contains(v.lemma(before))) {
            return new Phrase(before, before);
        }
        if (m.first() >= 2 && v.lower(m.first() - 2).equals("according") && v.lower(m.first() - 1).equals("to")) {
            return new Phrase(m.first() - 2, m.first() - 1);
        }
        if (m.last() + 1 < v.size() && v.word(m.last() + 1).equals(":")) {
            return new Phrase(m.last() + 1, m.last() + 1);
        }
        return null;
    }

    // ---- what the mention is

    private String kindName(Mention m) {
        return switch (m.kind()) {
            case PRONOUN -> "pron:" + v.lower(m.head());
            case DESCRIPTION -> "desc:" + (v.pos(m.head()).equals("NNS") ? "pl" : "sg")
                    + (possessed(m) ? ":of-name" : "");
            default -> m.kind().name();
        };
    }

    /** PERSON, ORGANIZATION, NAME, PLACE, PRON or DESC: the kind without the pronoun's word. */
    private static String coarseKind(Mention m) {
        return switch (m.kind()) {
            case PRONOUN -> "PRON";
            case DESCRIPTION -> "DESC";
            default -> m.kind().name();
        };
    }

    /** "Trump's aides", "the Clinton campaign": a description that holds a name. */
    private boolean possessed(Mention m) {
        for (int i = m.first(); i < m.head(); i++) {
            if (!v.ner(i).equals("O") || v.isProperNoun(i)) {
                return true;
            }
        }
        return false;
    }

    private void context(List<String> f, Mention m, String coarse) {
        String left1 = cls(m.first() - 1);
        String right1 = cls(m.last() + 1);
        f.add("L1=" + left1 + "|" + coarse);
        f.add("R1=" + right1 + "|" + coarse);
        f.add("L2=" + cls(m.first() - 2) + left1);
        f.add("R2=" + right1 + cls(m.last() + 2));
        if (m.kind() == Mention.Kind.DESCRIPTION) {
            f.add("head=" + v.lemma(m.head()));
            f.add("src=" + sources.shareClass(v.lemma(m.head())));
            f.add("det=" + v.lower(m.first()) + "|" + (v.pos(m.head()).equals("NNS") ? "pl" : "sg"));
        }
        if (m.first() >= 2 && v.lower(m.first() - 2).equals("according") && v.lower(m.first() - 1).equals("to")) {
            f.add("according-to|" + coarse);
        }
    }

    /**
     * The verb the mention is the subject of (the first verb after it, over adverbs, auxiliaries and an
     * appositive between commas) and the verb it follows ("said X", "told X"): each by its lemma when it is a
     * cue, and by how often it cues at all.
     */
    private void verbs(List<String> f, Mention m, String coarse) {
        int after = verbAfter(m);
        if (after >= 0) {
            String lemma = v.lemma(after);
            f.add("subj=" + cueClass(lemma) + "|" + coarse);
            // "a question on the attack told": a phrase after a preposition is not the subject of what follows
            f.add("subjL1=" + cueClass(lemma) + "|" + cls(m.first() - 1));
            if (cues.contains(lemma)) {
                f.add("subjcue=" + lemma);
                f.add("subjtense=" + v.pos(after) + "|" + coarse);
            }
        }
        int beforeVerb = verbBefore(m);
        if (beforeVerb >= 0) {
            String lemma = v.lemma(beforeVerb);
            f.add("obj=" + cueClass(lemma) + "|" + coarse);
            if (cues.contains(lemma)) {
                f.add("objcue=" + lemma);
            }
        }
    }

    private String cueClass(String lemma) {
        return "cue" + cues.shareClass(lemma);
    }

    private int verbAfter(Mention m) {
        int i = m.last() + 1;
        int limit = Math.min(v.size(), i + 30);
        if (i < limit && v.word(i).equals("(")) {
            while (i < limit && !v.word(i).equals(")")) {
                i++; // "Paul Whitcomb (R-Ore.) said": over the parenthesis
            }
            i++;
        }
        if (i < limit && v.isComma(i)) {
            int close = i + 1;
            while (close < limit && !v.isComma(close) && !v.quoted(close) && !v.isSentenceEnd(close)) {
                close++;
            }
            if (close < limit && v.isComma(close) && close + 1 < limit && v.isVerb(close + 1)) {
                i = close + 1; // "Pruitt, the attorney general, said"
            }
        }
        i = afterModifier(i, limit);
        while (i < limit && !v.quoted(i) && (v.isAdverb(i) || v.pos(i).equals("MD") || isAuxiliary(i) && !nextIsNoun(i))) {
            i++;
        }
        return i < limit && !v.quoted(i) && v.isVerb(i) && v.sentence(i) == v.sentence(m.last()) ? lastVerbOfGroup(i) : -1;
    }

    /**
     * Where the verb of a phrase's own clause is found after a modifier of the phrase: "officials traveling with
     * Kerry said", "Mohammed, who spoke to reporters, said", "Mohammed who stated this … told". A participle
     * opening a run of noun-phrase and preposition words, or "who"/"that" with its own finite verb, is passed
     * over when another verb follows in the sentence; otherwise {@code i} is where the verb stands.
     */
    private int afterModifier(int i, int limit) {
        if (i >= limit || v.quoted(i)) {
            return i;
        }
        boolean participle = v.pos(i).equals("VBG") || v.pos(i).equals("VBN");
        boolean relative = v.pos(i).equals("WP") || v.pos(i).equals("WDT");
        if (!participle && !relative) {
            return i;
        }
        int k = i + 1;
        if (relative) {
            while (k < limit && !v.quoted(k) && !v.isFiniteVerb(k) && !v.isSentenceEnd(k)) {
                k++; // the relative clause's own verb
            }
            k++;
        }
        while (k < limit && !v.quoted(k) && !v.isSentenceEnd(k)) {
            if (v.isFiniteVerb(k)) {
                return k; // the clause's verb after the modifier
            }
            k++;
        }
        return i;
    }

    /** "has said", "was told": the main verb of a verb group. */
    private int lastVerbOfGroup(int i) {
        int k = i;
        while (k + 1 < v.size() && !v.quoted(k + 1) && (v.isVerb(k + 1) || v.isAdverb(k + 1)) && isAuxiliary(k)) {
            k++;
            while (k < v.size() && v.isAdverb(k) && k + 1 < v.size() && !v.quoted(k + 1)) {
                k++;
            }
        }
        return v.isVerb(k) ? k : i;
    }

    private int verbBefore(Mention m) {
        int i = m.first() - 1;
        while (i >= 0 && !v.quoted(i) && (v.isAdverb(i) || v.pos(i).equals("DT"))) {
            i--;
        }
        return i >= 0 && !v.quoted(i) && v.isVerb(i) && v.sentence(i) == v.sentence(m.first()) ? i : -1;
    }

    private boolean isAuxiliary(int i) {
        String l = v.lemma(i);
        return v.isVerb(i) && (l.equals("be") || l.equals("have") || l.equals("do"));
    }

    private boolean nextIsNoun(int i) {
        return i + 1 < v.size() && (v.isNoun(i + 1) || v.pos(i + 1).equals("DT"));
    }

    // ---- the quotation

    private void quoteShape(List<String> f, QuoteSpan q, String dir, String sent) {
        char last = v.text.charAt(Math.max(q.start(), q.end() - 1));
        String end = last == ',' ? "comma" : last == '.' || last == '!' || last == '?' ? "stop" : "open";
        f.add("qend=" + end + "|" + sent);
        f.add("qcont=" + (q.openMark() < 0) + "|" + sent);
        f.add("qopens=" + opensParagraph(q) + "|" + sent);
    }

    private boolean opensParagraph(QuoteSpan q) {
        int i = q.outerStart() - 1;
        while (i >= 0 && v.text.charAt(i) != '\n' && Character.isWhitespace(v.text.charAt(i))) {
            i--;
        }
        return i < 0 || v.text.charAt(i) == '\n';
    }

    private void continuity(List<String> f, Mention m, Mention previous, QuoteSpan previousQuote, QuoteSpan q,
                            String coarse) {
        if (previous == null || previousQuote == null) {
            f.add("prev=none");
            return;
        }
        int gap = q.paragraph() - previousQuote.paragraph();
        String where = gap == 0 ? "para0" : gap == 1 ? "para1" : "para2";
        if (previous.first() == m.first() && previous.last() == m.last()) {
            f.add("prev=same|" + where);
        } else if (sameWords(previous, m)) {
            f.add("prev=samewords|" + where + "|" + coarse);
        }
    }

    private boolean sameWords(Mention a, Mention b) {
        return v.lower(a.head()).equals(v.lower(b.head())) && a.kind() != Mention.Kind.PRONOUN
                && a.kind() != Mention.Kind.DESCRIPTION;
    }

    private int namesBetween(Mention m, int qFirst, int qLast) {
        int from = m.last() < qFirst ? m.last() + 1 : qLast + 1;
        int to = m.last() < qFirst ? qFirst : m.first();
        int names = 0;
        boolean inName = false;
        for (int i = from; i < to; i++) {
            boolean name = !v.quoted(i) && (v.isPerson(i) || v.isOrganization(i));
            if (name && !inName) {
                names++;
            }
            inName = name;
        }
        return names;
    }

    // ---- paths

    private int outsideQuotes(int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to && i < v.size(); i++) {
            if (!v.quoted(i)) {
                n++;
            }
        }
        return n;
    }

    private static String bucket(int n) {
        return n <= 1 ? "0" : n <= 3 ? "2" : n <= 6 ? "4" : n <= 10 ? "7" : n <= 20 ? "11" : n <= 40 ? "21" : "41";
    }

    /** The word classes of tokens [from, to), runs of one class told once; "far" when long. */
    private String path(int from, int to) {
        StringBuilder sb = new StringBuilder();
        String last = null;
        int length = 0;
        for (int i = Math.max(0, from); i < to && i < v.size(); i++) {
            String c = cls(i);
            if (c.equals(last) && !c.equals("C")) {
                continue;
            }
            if (++length > LONGEST_PATH) {
                return "far";
            }
            sb.append(c);
            last = c;
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** One character for the role a token plays in an attribution. */
    String cls(int i) {
        if (i < 0 || i >= v.size()) {
            return "^";
        }
        if (v.quoted(i)) {
            return "Q";
        }
        String w = v.word(i);
        String p = v.pos(i);
        if (w.equals(",") || w.equals(":") || w.equals(";") || w.equals("(") || w.equals(")")) {
            return w;
        }
        if (DASHES.contains(w)) {
            return "-";
        }
        if (v.isSentenceEnd(i)) {
            return ".";
        }
        if (v.isVerb(i)) {
            return cues.contains(v.lemma(i)) ? "C" : isAuxiliary(i) ? "A" : "V";
        }
        if (v.lower(i).equals("that")) {
            return "T";
        }
        if (p.startsWith("NN")) {
            return "N";
        }
        if (p.equals("IN") || p.equals("TO")) {
            return "P";
        }
        if (p.startsWith("RB")) {
            return "R";
        }
        if (p.equals("PRP")) {
            return "O";
        }
        if (p.startsWith("W")) {
            return "W";
        }
        if (p.equals("CC")) {
            return "&";
        }
        return "J";
    }
}
