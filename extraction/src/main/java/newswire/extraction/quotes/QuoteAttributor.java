package newswire.extraction.quotes;

import java.util.function.Predicate;

/**
 * Finds, for one quotation, the words of its own sentence that attribute it: the speaker's noun phrase and the
 * cue. Tries the news patterns from the tightest to the loosest: "…," X said / said X / — X right after the
 * quotation; then a cue before it (X said: "…", according to X, "…"); then a speech verb later in the sentence;
 * for a partial quotation, the subject of its clause. Reads at most one sentence on either side of the quotation.
 * Returns null when the sentence has no attribution: the caller then looks at neighbouring quotations.
 */
final class QuoteAttributor {

    /** How far an appositive may run between a speaker and the verb: "Stacy Deer, a daughter of the victim, said". */
    private static final int APPOSITIVE_LIMIT = 25;

    private final TokenView v;
    private final Predicate<Phrase> canSpeak;

    QuoteAttributor(TokenView v, Predicate<Phrase> canSpeak) {
        this.v = v;
        this.canSpeak = canSpeak;
    }

    Attribution attribute(QuoteSpan q) {
        int after = q.closeMark() >= 0 ? v.firstAtOrAfter(q.closeMark() + 1) : v.size();
        int afterLimit = after < v.size() ? contextEndAfter(after, q) : after;
        int before = beforeToken(q);
        int beforeFloor = before >= 0 ? contextStartBefore(before) : 0;

        boolean ownSentenceAfter = !endsSentenceBefore(q, after);
        Attribution found = ownSentenceAfter ? adjacentAfter(after, afterLimit) : null;
        if (found == null && before >= 0) {
            found = leadIn(before, beforeFloor);
        }
        if (found == null && ownSentenceAfter) {
            found = laterInSentence(after, afterLimit);
        }
        return found;
    }

    /**
     * "…the department was “reviewing the results.” She did not say when": a quotation that ends its sentence
     * inside the marks, followed by a new capitalised sentence, is not attributed by the words after it.
     * A lower-case continuation ("“Stop!” he shouted") still is, whatever the sentence splitter decided.
     */
    private boolean endsSentenceBefore(QuoteSpan q, int after) {
        if (q.closeMark() < 0 || after >= v.size()) {
            return false;
        }
        int lastInside = v.lastBefore(q.closeMark());
        return lastInside >= 0 && v.isSentenceEnd(lastInside) && v.sentence(lastInside) != v.sentence(after)
                && Character.isUpperCase(v.word(after).charAt(0));
    }

    /**
     * The weakest reading, for a partial quotation with no speech verb around it: the subject of the clause it
     * sits in ("Hamas rejected the truce as “not worth the ink”"). Null when there is none.
     */
    Attribution clauseSubject(QuoteSpan q) {
        int before = beforeToken(q);
        return before < 0 ? null : clauseSubject(before, contextStartBefore(before));
    }

    // ---- context windows

    /** The attribution after a quotation ends with its sentence, its paragraph or the next quotation. */
    private int contextEndAfter(int after, QuoteSpan q) {
        int last = v.sentenceLast(after);
        int e = after;
        while (e <= last && !v.quoted(e) && v.paragraph(e) == q.paragraph()) {
            e++;
        }
        return e;
    }

    /** The last token before the opening mark that may attribute the quotation, or -1. */
    private int beforeToken(QuoteSpan q) {
        if (q.openMark() < 0) {
            return -1;
        }
        int b = v.lastBefore(q.openMark());
        if (b < 0 || v.quoted(b)) {
            return -1;
        }
        if (v.paragraph(b) != q.paragraph()) {
            // a colon lead-in may end the previous paragraph: He added:\n"…"
            return v.word(b).equals(":") && v.paragraph(b) == q.paragraph() - 1 ? b : -1;
        }
        return v.isSentenceEnd(b) ? -1 : b;
    }

    private int contextStartBefore(int before) {
        int first = v.sentenceFirst(before);
        int s = before;
        while (s - 1 >= first && !v.quoted(s - 1) && v.paragraph(s - 1) == v.paragraph(before)) {
            s--;
        }
        return s;
    }

    // ---- patterns

    /** "…," he said / "…," said X / "…," X, 45, said / "…" — the minister / "…", according to X. */
    private Attribution adjacentAfter(int a, int limit) {
        int i = a;
        boolean dash = false;
        if (i < limit && v.isDash(i)) {
            dash = true;
            i++;
        } else if (i < limit && (v.isComma(i) || v.word(i).equals(")"))) {
            i++;
        }
        if (i >= limit) {
            return null;
        }
        if (v.isSpeechVerb(i) && CueLexicon.isInvertible(v.lemma(i))) {
            int j = i + 1;
            while (j < limit && v.isAdverb(j)) {
                j++;
            }
            Phrase np = NounPhrases.startingAt(v, j, limit);
            if (np != null && canSpeak.test(np)) {
                return new Attribution(np, new Phrase(i, i), Attribution.How.ADJACENT);
            }
        }
        Attribution according = accordingTo(i, limit);
        if (according != null) {
            return according;
        }
        Phrase np = NounPhrases.startingAt(v, i, limit);
        if (np == null || !canSpeak.test(np)) {
            return null;
        }
        int j = skipAppositive(np.last() + 1, limit);
        while (j < limit && v.isAuxiliaryOrAdverb(j) && !v.isSpeechVerb(j)) {
            j++;
        }
        if (j < limit && v.isSpeechVerb(j)) {
            return new Attribution(np, new Phrase(j, j), Attribution.How.ADJACENT);
        }
        // "“…” — L.P. Hartley, “The Go-Between”": after a dash the name may be followed by its source or role
        if (dash && (j >= limit || v.isSentenceEnd(j) || v.isComma(j))) {
            return new Attribution(np, new Phrase(a, a), Attribution.How.ADJACENT);
        }
        return null;
    }

    /** X said: "…", X told reporters that "…", according to X, "…", chanting: "…". */
    private Attribution leadIn(int b, int floor) {
        for (int k = b; k >= floor; k--) {
            if (v.lower(k).equals("according") && k + 1 <= b && v.lower(k + 1).equals("to")) {
                Attribution a = accordingTo(k, b + 1);
                if (a != null) {
                    return a;
                }
            }
            if (!v.isSpeechVerb(k) || isPassive(k, floor)) {
                continue;
            }
            Phrase speaker = subjectOf(k, floor);
            if (speaker == null && CueLexicon.isInvertible(v.lemma(k))) {
                Phrase np = NounPhrases.startingAt(v, k + 1, b + 1);
                speaker = np != null && canSpeak.test(np) ? np : null;
            }
            if (speaker != null) {
                return new Attribution(speaker, new Phrase(k, k), Attribution.How.LEAD_IN);
            }
        }
        if (v.word(b).equals(":")) {
            Phrase np = NounPhrases.endingAt(v, b - 1, floor);
            if (np != null && canSpeak.test(np)) {
                return new Attribution(np, new Phrase(b, b), Attribution.How.LEAD_IN);
            }
        }
        return null;
    }

    /** "…" set by managers, the chemicals maker said on Wednesday. */
    private Attribution laterInSentence(int a, int limit) {
        for (int k = a; k < limit; k++) {
            Attribution according = accordingTo(k, limit); // "…" toward a ceasefire, according to two officials
            if (according != null) {
                return according;
            }
            if (v.isSpeechVerb(k) && !isPassive(k, a)) {
                Phrase speaker = subjectOf(k, a);
                if (speaker == null && CueLexicon.isInvertible(v.lemma(k))) {
                    Phrase np = NounPhrases.startingAt(v, k + 1, limit);
                    speaker = np != null && canSpeak.test(np) ? np : null;
                }
                return speaker == null ? null : new Attribution(speaker, new Phrase(k, k),
                        Attribution.How.LATER_IN_SENTENCE);
            }
        }
        return null;
    }

    /** Ban called for a truce "…" has no speech verb nearer than "called"; Hamas rejected it as "…" has none. */
    private Attribution clauseSubject(int b, int floor) {
        for (int k = b; k >= floor; k--) {
            if (v.isFiniteVerb(k) || v.pos(k).equals("VBN") && k - 1 >= floor && v.lemma(k - 1).equals("have")) {
                Phrase speaker = subjectOf(k, floor);
                if (speaker != null && v.lemma(k).equals("be") && speaker.last() >= k - 2) {
                    return null; // "young people are “snowflakes”": the subject is described, it does not speak
                }
                return speaker == null ? null : new Attribution(speaker, null, Attribution.How.CLAUSE_SUBJECT);
            }
        }
        return null;
    }

    private Attribution accordingTo(int i, int limit) {
        if (i + 1 < limit && v.lower(i).equals("according") && v.lower(i + 1).equals("to")) {
            Phrase np = NounPhrases.startingAt(v, i + 2, limit);
            if (np != null && canSpeak.test(np)) {
                return new Attribution(np, new Phrase(i, i + 1), Attribution.How.ADJACENT);
            }
        }
        return null;
    }

    // ---- finding the subject of a verb

    /** The speaker-like subject of the verb at {@code verb}, looking no further left than {@code floor}. */
    Phrase subjectOf(int verb, int floor) {
        return subjectOf(verb, floor, 0);
    }

    private Phrase subjectOf(int verb, int floor, int depth) {
        if (depth > 3) {
            return null;
        }
        // "…, chanting:" — a participle after a comma has the main clause's subject
        if (v.pos(verb).equals("VBG") && verb - 1 >= floor && v.isComma(verb - 1)) {
            int sentenceStart = v.sentenceFirst(verb);
            int main = firstFiniteVerb(sentenceStart, verb);
            return main < 0 ? null : subjectOf(main, sentenceStart, depth + 1);
        }
        int i = verb - 1;
        while (i >= floor && !v.quoted(i) && v.isAuxiliaryOrAdverb(i)) {
            i--;
        }
        if (i < floor || v.quoted(i)) {
            return null;
        }
        if (v.isComma(i)) {
            Phrase beforeAppositive = beforeAppositive(i, floor);
            if (beforeAppositive != null) {
                return beforeAppositive;
            }
        }
        if (v.pos(i).equals("CC")) {
            // "… placed them on leave and said": the subject of the first verb of the pair
            int k = previousVerb(i, floor);
            return k < 0 ? null : subjectOf(k, floor, depth + 1);
        }
        for (int j = i; j >= floor && !v.quoted(j); ) {
            if (v.word(j).equals(";")) {
                break;
            }
            Phrase np = NounPhrases.endingAt(v, j, floor);
            if (np == null) {
                j--;
                continue;
            }
            if (canSpeak.test(np)) {
                return refine(np, floor, depth);
            }
            j = np.first() - 1;
        }
        return null;
    }

    /** Prefers what the phrase modifies, the name it is in apposition to, or the reporter of reported speech. */
    private Phrase refine(Phrase np, int floor, int depth) {
        for (int hop = 0; hop < 3; hop++) {
            Phrase head = NounPhrases.modifiedBy(v, np, floor);
            if (head == null || !canSpeak.test(head)) {
                break;
            }
            np = head;
        }
        int before = np.first() - 1;
        // "Chief Ade Bello, minister of works has described": the name, not the title
        // but "Writing on Instagram, she said": a pronoun is the subject itself, and a name after a preposition
        // belongs to an introductory phrase
        if (before - 1 >= floor && v.isComma(before) && !isNamed(np) && !v.pos(np.first()).equals("PRP")) {
            Phrase name = NounPhrases.endingAt(v, before - 1, floor);
            if (name != null && isNamed(name) && !(name.first() - 1 >= floor && v.pos(name.first() - 1).equals("IN"))) {
                return name;
            }
        }
        // "the Taoiseach said he has not spoken …": the words are the Taoiseach's
        if (v.pos(np.first()).equals("PRP") && before >= floor) {
            int k = v.lower(before).equals("that") ? before - 1 : before;
            if (k >= floor && v.isSpeechVerb(k)) {
                Phrase outer = subjectOf(k, floor, depth + 1);
                if (outer != null) {
                    return outer;
                }
            }
        }
        return np;
    }

    private boolean isNamed(Phrase np) {
        for (int i = np.first(); i <= np.last(); i++) {
            if (v.isPerson(i) || v.isOrganization(i)) {
                return true;
            }
        }
        return v.isProperNoun(np.last()) && canSpeak.test(np);
    }

    /** Subject before an appositive or relative clause between commas: "Cowans, who was told on Monday, said". */
    private Phrase beforeAppositive(int comma, int floor) {
        int j = comma - 1;
        int steps = 0;
        while (j >= floor && !v.quoted(j) && !v.isComma(j) && steps++ < APPOSITIVE_LIMIT) {
            j--;
        }
        if (j < floor || !v.isComma(j) || v.quoted(j)) {
            return null;
        }
        Phrase name = nameBetween(j + 1, comma - 1);
        if (name != null) {
            return name; // "Okafor's lawyer, Beth Lindqvist, argued": the name in apposition is the speaker
        }
        Phrase np = NounPhrases.endingAt(v, j - 1, floor);
        return np != null && canSpeak.test(np) ? np : null;
    }

    /** The tokens [first, last] when they are exactly a person's name (an appositive naming the subject), else null. */
    Phrase nameBetween(int first, int last) {
        return isPersonName(v, first, last, canSpeak) ? new Phrase(first, last) : null;
    }

    static boolean isPersonName(TokenView v, int first, int last, Predicate<Phrase> canSpeak) {
        if (first > last || last - first > 4) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (!v.isPerson(i) || v.quoted(i)) {
                return false;
            }
        }
        return canSpeak.test(new Phrase(first, last));
    }

    /** After a subject: ", the minister," / ", 45," / ", who …," up to the closing comma; else unchanged. */
    private int skipAppositive(int j, int limit) {
        if (j >= limit || !v.isComma(j)) {
            return j;
        }
        for (int k = j + 1; k < limit && k <= j + APPOSITIVE_LIMIT; k++) {
            if (v.isComma(k)) {
                return k + 1;
            }
            if (v.isSpeechVerb(k) && k == j + 1) {
                return j; // "…," he said, adding: no appositive
            }
        }
        return j;
    }

    /** The verb a coordinated speech verb pairs with: a speech verb if there is one, else any finite verb. */
    private int previousVerb(int cc, int floor) {
        for (int k = cc - 1; k >= floor && !v.quoted(k); k--) {
            if (v.isSpeechVerb(k) && !v.pos(k).equals("VBG")) {
                return k;
            }
        }
        for (int k = cc - 1; k >= floor && !v.quoted(k); k--) {
            if (v.isFiniteVerb(k) && !v.pos(k).equals("MD")) {
                return k;
            }
        }
        return -1;
    }

    private int firstFiniteVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!v.quoted(k) && v.isFiniteVerb(k) && !v.pos(k).equals("MD")) {
                return k;
            }
        }
        return -1;
    }

    /** "was told", "were asked": the subject is the hearer, not the speaker. */
    private boolean isPassive(int k, int floor) {
        if (!v.pos(k).equals("VBN")) {
            return false;
        }
        int i = k - 1;
        while (i >= floor && v.isAdverb(i)) {
            i--;
        }
        return i >= floor && v.lemma(i).equals("be");
    }
}
