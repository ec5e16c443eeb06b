package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newswire.contract.EntityType;
import newswire.contract.Speaker;
import newswire.contract.SpeakerKind;

/**
 * Turns the phrase that attributes a quotation into a speaker: a named entity under its canonical name, a
 * pronoun resolved to the person or organisation it stands for, a definite description ("the company",
 * "the Taoiseach") resolved where the article makes it clear, or else the description as written.
 *
 * <p>Pronouns follow the discourse, not just the nearest name: "he added" goes to the most recent speaker or
 * sentence subject that is a person, never to the object of the previous sentence ("Ruiz called Tanaka a
 * ‘poor guy’ … “…,” he told the media" is Ruiz's), and a "she" never goes to a man ({@link Genders}).
 */
final class SpeakerResolver {

    /** Roles any titled person holds: "the Ukrainian leader" may be the president named before. */
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "official", "head", "chief", "politician");
    /** How far back (in paragraphs) a pronoun looks for its antecedent. */
    private static final int PARAGRAPH_WINDOW = 4;
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "dame", "lord", "lady", "alhaji");

    /** Someone or something that a later pronoun may stand for. */
    private record Candidate(int start, int paragraph, Speaker speaker, boolean plural, Genders.Gender gender,
                             boolean unnamedPerson) {

        Candidate(int start, int paragraph, Speaker speaker, boolean plural) {
            this(start, paragraph, speaker, plural, Genders.Gender.UNKNOWN, false);
        }
    }

    private final TokenView v;
    private final EntityIndex index;
    private final Genders genders;
    /** Named mentions and plural described groups that are subjects of their sentence, in text order. */
    private final List<Candidate> subjects = new ArrayList<>();
    /** Every named person or organisation mention outside quotations, in text order. */
    private final List<Candidate> named = new ArrayList<>();
    /** Speakers already attributed, in the order the quotations come. */
    private final List<Candidate> said = new ArrayList<>();
    private final Map<String, Set<String>> titles = new HashMap<>();
    private final Map<String, Speaker> roleMemory = new HashMap<>();
    private Speaker company;
    private boolean companyLooked;

    SpeakerResolver(TokenView v, EntityIndex index) {
        this.v = v;
        this.index = index;
        this.genders = new Genders(v, index.mentions());
        for (EntityIndex.Named m : index.mentions()) {
            int t = v.firstAtOrAfter(m.start());
            if (m.type() == EntityType.LOCATION || t >= v.size() || v.quoted(t) || isTitleTakenForName(m, t)) {
                continue;
            }
            named.add(new Candidate(m.start(), v.paragraph(t), speakerOf(m, m.start(), m.end()), false,
                    m.type() == EntityType.PERSON ? genders.of(m.name()) : Genders.Gender.UNKNOWN, false));
            if (m.type() == EntityType.PERSON) {
                titles.computeIfAbsent(m.name(), k -> new HashSet<>()).addAll(titlesBefore(t));
            }
        }
        findSentenceSubjects();
    }

    /** True when the phrase can name a speaker: a subject pronoun, a name, or a noun for a person or body. */
    boolean canSpeak(Phrase np) {
        int head = np.last();
        if (v.pos(head).equals("PRP")) {
            return CueLexicon.isSubjectPronoun(v.word(head));
        }
        if (namedIn(np) != null) {
            return true;
        }
        if (v.isProperNoun(head) && Character.isUpperCase(v.word(head).charAt(0))) {
            return true;
        }
        return v.isNoun(head) && CueLexicon.isSpeakerNoun(v.word(head));
    }

    /** The speaker the phrase stands for; never null (falls back to the phrase as a description). */
    Speaker resolve(Phrase np) {
        int head = np.last();
        int start = np.start(v);
        int end = np.end(v);
        Phrase relativeTo = relativeAntecedent(np);
        if (relativeTo != null) {
            Speaker s = resolve(relativeTo); // "Ines Carvalho, who posted": the relative pronoun is its noun
            return new Speaker(s.name(), s.kind(), s.entityId(), start, end);
        }
        if (v.pos(head).startsWith("W")) {
            return new Speaker(null, SpeakerKind.UNKNOWN, null, start, end); // a "who" standing for nothing found
        }
        Phrase named = nameInApposition(np);
        if (named != null) {
            Speaker s = resolve(named); // "a spokeswoman, Marieke Bos,": the description and the name are one
            return new Speaker(s.name(), s.kind(), s.entityId(), start, end);
        }
        if (v.pos(head).equals("PRP")) {
            Speaker antecedent = antecedentOfPronoun(v.lower(head), start);
            return antecedent == null ? new Speaker(null, SpeakerKind.UNKNOWN, null, start, end)
                    : new Speaker(antecedent.name(), antecedent.kind(), antecedent.entityId(), start, end);
        }
        EntityIndex.Named name = namedIn(np);
        if (isDefiniteRole(np) && (name == null || name.entityId() == null)) {
            return described(np); // "the Taoiseach": a title, even when the tagger took it for a name
        }
        if (name != null) {
            return speakerOf(name, Math.max(start, name.start()), Math.min(end, name.end()));
        }
        if (v.isProperNoun(head) && !isDefiniteRole(np)) {
            return properNoun(np);
        }
        return described(np);
    }

    /** "Carvalho, who …" / "the filing, which …": the noun phrase a relative pronoun stands for, or null. */
    private Phrase relativeAntecedent(Phrase np) {
        if (np.first() != np.last() || !(v.lower(np.first()).equals("who") || v.lower(np.first()).equals("which"))) {
            return null;
        }
        int k = np.first() - 1;
        if (k >= 0 && v.isComma(k)) {
            k--;
        }
        if (k >= 0 && v.word(k).equals(")")) {
            while (k >= 0 && !v.word(k).equals("(")) {
                k--; // "Paul Whitcomb (R-Ore.), who": over the parenthesis
            }
            k--;
        }
        int floor = k >= 0 ? v.sentenceFirst(k) : 0;
        Phrase antecedent = k >= 0 && !v.quoted(k) ? NounPhrases.endingAt(v, k, floor) : null;
        return antecedent != null && !antecedent.equals(np) ? antecedent : null;
    }

    /**
     * A description written in apposition to a name ("a spokeswoman, Marieke Bos, said", "Egypt's foreign
     * minister, Hossam Farid", "Hossam Farid, Egypt's foreign minister,"): the name it stands beside, or null.
     */
    private Phrase nameInApposition(Phrase np) {
        if (namedIn(np) != null || v.pos(np.last()).equals("PRP") || !v.isNoun(np.last())) {
            return null;
        }
        int after = np.last() + 1;
        if (after < v.size() && v.pos(after).equals("IN")) {
            int k = after + 1; // "a spokeswoman for the company, Marieke Bos": over the phrase that qualifies it
            while (k < v.size() && k <= after + 6 && !v.quoted(k) && NounPhrases.isNpToken(v, k)) {
                k++;
            }
            after = k;
        }
        if (after < v.size() && v.isComma(after)) {
            int from = after + 1;
            while (from < v.size() && HONORIFICS.contains(v.lower(from))) {
                from++; // "its director of research, Dr Owen Pritchard"
            }
            Phrase name = nameRun(from, 1);
            if (name != null) {
                int next = name.last() + 1;
                boolean closed = next >= v.size() || v.isComma(next) || v.isSentenceEnd(next) || v.isVerb(next);
                if (closed) {
                    return name;
                }
            }
        }
        int before = np.first() - 1;
        if (before >= 1 && v.isComma(before)) {
            return nameRun(before - 1, -1);
        }
        return null;
    }

    /** The run of named tokens (person or organisation) starting at {@code from} going {@code step}, or null. */
    private Phrase nameRun(int from, int step) {
        int i = from;
        while (i >= 0 && i < v.size() && !v.quoted(i) && (v.isPerson(i) || v.isOrganization(i))) {
            i += step;
        }
        int last = i - step;
        if (last == from - step) {
            return null;
        }
        return step > 0 ? new Phrase(from, last) : new Phrase(last, from);
    }

    /** Remembers who spoke, for later pronouns and descriptions. */
    void noteSpeaker(Speaker s, int at) {
        if (s.kind() == SpeakerKind.UNKNOWN || s.name() == null) {
            return;
        }
        int t = Math.min(v.firstAtOrAfter(at), v.size() - 1);
        boolean plural = s.kind() == SpeakerKind.DESCRIPTION && s.start() != null && isPluralDescription(s);
        int k = said.size();
        while (k > 0 && said.get(k - 1).start() > at) {
            k--; // an attribution found after its quotation may come before one already noted
        }
        Genders.Gender gender = s.kind() == SpeakerKind.PERSON ? genders.of(s.name()) : Genders.Gender.UNKNOWN;
        boolean unnamedPerson = false;
        if (s.kind() == SpeakerKind.DESCRIPTION && !plural && s.start() != null) {
            Phrase np = new Phrase(v.firstAtOrAfter(s.start()), v.lastBefore(s.end()));
            unnamedPerson = np.first() <= np.last() && isPersonNoun(v.word(np.last()));
            gender = unnamedPerson ? genders.ofDescription(np) : gender;
        }
        said.add(k, new Candidate(at, t < 0 ? 0 : v.paragraph(t), s, plural, gender, unnamedPerson));
    }

    // ---- names

    /** A person named in the phrase (the last one: "Barclays analyst Michael Leithead"), or an organisation heading it. */
    private EntityIndex.Named namedIn(Phrase np) {
        EntityIndex.Named person = null;
        for (int i = np.first(); i <= np.last(); i++) {
            EntityIndex.Named m = index.covering(v.token(i).start(), v.token(i).end());
            if (m != null && m.type() == EntityType.PERSON) {
                person = m;
            }
        }
        if (person != null) {
            return person;
        }
        EntityIndex.Named org = index.covering(v.token(np.last()).start(), v.token(np.last()).end());
        return org != null && org.type() == EntityType.ORGANIZATION ? org : null;
    }

    /** A capitalised name the tagger missed ("Deer said"): the entity that uses the word, else the words. */
    private Speaker properNoun(Phrase np) {
        int head = np.last();
        int s = head;
        while (s - 1 >= np.first() && v.isProperNoun(s - 1)) {
            s--;
        }
        int start = v.token(s).start();
        int end = v.token(head).end();
        EntityIndex.Named known = index.byWord(v.word(head));
        if (known != null) {
            return speakerOf(known, start, end);
        }
        String words = v.text.substring(start, end);
        boolean acronym = words.length() > 1 && words.equals(words.toUpperCase(Locale.ROOT));
        return new Speaker(words, acronym ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON, null, start, end);
    }

    private static Speaker speakerOf(EntityIndex.Named m, int start, int end) {
        SpeakerKind kind = m.type() == EntityType.PERSON ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION;
        return new Speaker(m.name(), kind, m.entityId(), start, end);
    }

    // ---- descriptions

    /** "the Taoiseach", "the President": a capitalised title, not a name. */
    private boolean isDefiniteRole(Phrase np) {
        return v.lower(np.first()).equals("the") && CueLexicon.isSpeakerNoun(v.word(np.last()));
    }

    private Speaker described(Phrase np) {
        int head = np.last();
        String word = v.lower(head);
        int start = np.start(v);
        int end = np.end(v);
        Speaker asWritten = new Speaker(np.text(v), SpeakerKind.DESCRIPTION, null, start, end);
        if (!v.lower(np.first()).equals("the")) {
            return asWritten;
        }
        Speaker referent = earlierUnnamed(word, start);
        if (referent != null) {
            return new Speaker(referent.name(), referent.kind(), referent.entityId(), start, end);
        }
        if (CueLexicon.isCompanyNoun(word)) {
            referent = company();
        } else if (CueLexicon.isInstitutionNoun(word)) {
            referent = institutionNamed(word, start);
        } else if (CueLexicon.isDocumentNoun(word)) {
            referent = lastSpeaker(start, null);
        } else if ((v.pos(head).equals("NN") || v.pos(head).equals("NNP")) && CueLexicon.isSpeakerNoun(word)) {
            referent = personInRole(word, start);
        }
        return referent == null ? asWritten
                : new Speaker(referent.name(), referent.kind(), referent.entityId(), start, end);
    }

    /**
     * "the company", "the firm", "the chemicals maker": the organisation the article first called that. The
     * first such description in the text refers to the organisation named just before it; later ones follow.
     */
    private Speaker company() {
        if (companyLooked) {
            return company;
        }
        companyLooked = true;
        for (int t = 1; t < v.size(); t++) {
            if (v.quoted(t) || !v.isNoun(t) || !CueLexicon.isCompanyNoun(v.word(t)) || !afterThe(t)) {
                continue;
            }
            Candidate org = lastBefore(named, v.token(t).start(), SpeakerKind.ORGANIZATION);
            company = org == null ? null : org.speaker();
            break;
        }
        return company;
    }

    private boolean afterThe(int t) {
        for (int k = t - 1; k >= 0 && k >= t - 4; k--) {
            if (v.lower(k).equals("the")) {
                return true;
            }
            String p = v.pos(k);
            if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH") || p.equals("VBG"))) {
                return false;
            }
        }
        return false;
    }

    /** "the ministry" after "the Ministry of Health", "the Bank" after "Bank of England". */
    private Speaker institutionNamed(String word, int at) {
        for (int k = lastIndexBefore(named, at); k >= 0; k--) {
            Candidate c = named.get(k);
            if (c.speaker().kind() == SpeakerKind.ORGANIZATION
                    && c.speaker().name().toLowerCase(Locale.ROOT).contains(word)) {
                return c.speaker();
            }
        }
        return null;
    }

    /**
     * "the Taoiseach", "the minister", "the coach": a person the article gave that title ("coach Ana Ferreira"),
     * else the same person as the last time this title was used, else the most recent speaking person who
     * does not carry a different title.
     */
    private Speaker personInRole(String role, int at) {
        Speaker remembered = roleMemory.get(role);
        if (remembered != null) {
            return remembered;
        }
        Speaker titled = null;
        for (int k = lastIndexBefore(named, at); k >= 0; k--) {
            Speaker s = named.get(k).speaker();
            if (s.kind() == SpeakerKind.PERSON && titles.getOrDefault(s.name(), Set.of()).contains(role)) {
                titled = s;
                break;
            }
        }
        Speaker found = titled != null ? titled : antecedent(at, SpeakerKind.PERSON, false, role, null);
        if (found != null) {
            roleMemory.put(role, found);
        }
        return found;
    }

    /**
     * "A senior U.S. official … “…,” the official said": a definite description takes up the unnamed person an
     * earlier indefinite one with the same head noun introduced.
     */
    private Speaker earlierUnnamed(String headWord, int at) {
        if (!isPersonNoun(headWord)) {
            return null;
        }
        int paragraph = paragraphAt(at);
        Candidate best = null;
        for (List<Candidate> list : List.of(subjects, said)) {
            for (int k = lastIndexBefore(list, at); k >= 0; k--) {
                Candidate c = list.get(k);
                if (c.paragraph() < paragraph - PARAGRAPH_WINDOW) {
                    break;
                }
                if (c.unnamedPerson() && c.speaker().name().toLowerCase(Locale.ROOT).endsWith(" " + headWord)
                        && isIndefiniteText(c.speaker().name())) {
                    if (best == null || c.start() > best.start()) {
                        best = c;
                    }
                    break;
                }
            }
        }
        return best == null ? null : best.speaker();
    }

    private static boolean isIndefiniteText(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        return d.startsWith("a ") || d.startsWith("an ") || d.startsWith("one ") || d.startsWith("another ");
    }

    private boolean isPluralDescription(Speaker s) {
        int t = v.lastBefore(s.end());
        return t >= 0 && (v.pos(t).equals("NNS") || v.pos(t).equals("NNPS") || v.lower(t).equals("police"));
    }

    // ---- pronouns

    private Speaker antecedentOfPronoun(String pronoun, int at) {
        return switch (pronoun) {
            case "he", "she" -> antecedent(at, SpeakerKind.PERSON, false, null, Genders.ofPronoun(pronoun));
            case "it" -> antecedent(at, SpeakerKind.ORGANIZATION, false, null, Genders.Gender.UNKNOWN);
            case "they" -> antecedent(at, null, true, null, Genders.Gender.UNKNOWN);
            default -> null;
        };
    }

    /**
     * The most recent speaker or sentence subject of the wanted kind within the window; for a person, failing
     * both, the most recent person named at all. {@code role}, when given, rules out people titled otherwise.
     */
    private Speaker antecedent(int at, SpeakerKind kind, boolean plural, String role, Genders.Gender gender) {
        int paragraph = paragraphAt(at);
        Candidate speaker = lastMatching(said, at, kind, plural, role, paragraph, gender);
        Candidate subject = lastMatching(subjects, at, kind, plural, role, paragraph, gender);
        Candidate best = speaker == null ? subject
                : subject == null ? speaker : (subject.start() > speaker.start() ? subject : speaker);
        if (best == null && kind == SpeakerKind.PERSON) {
            best = lastMatching(named, at, kind, false, role, paragraph, gender);
        }
        return best == null ? null : best.speaker();
    }

    private Speaker lastSpeaker(int at, SpeakerKind kind) {
        Candidate c = lastMatching(said, at, kind, false, null, paragraphAt(at), null);
        return c == null ? null : c.speaker();
    }

    /**
     * The last candidate before {@code at} of the wanted kind. {@code gender} is null when only named people
     * will do (a title); otherwise a pronoun's gender, and then an unnamed person ("one witness, a woman") fits
     * "he"/"she" as well as a named one.
     */
    private Candidate lastMatching(List<Candidate> list, int at, SpeakerKind kind, boolean plural, String role,
                                   int paragraph, Genders.Gender gender) {
        for (int k = lastIndexBefore(list, at); k >= 0; k--) {
            Candidate c = list.get(k);
            if (c.paragraph() < paragraph - PARAGRAPH_WINDOW) {
                return null;
            }
            Speaker s = c.speaker();
            boolean ofKind = kind == null || s.kind() == kind
                    || kind == SpeakerKind.PERSON && gender != null && c.unnamedPerson();
            boolean fits = plural
                    ? c.plural() || s.kind() == SpeakerKind.ORGANIZATION
                    : ofKind && !c.plural() && (gender == null || c.gender().fits(gender));
            if (fits && role != null) {
                Set<String> own = titles.getOrDefault(s.name(), Set.of());
                fits = own.isEmpty() || own.contains(role) || GENERIC_ROLES.contains(role);
            }
            if (fits) {
                return c;
            }
        }
        return null;
    }

    private static Candidate lastBefore(List<Candidate> list, int at, SpeakerKind kind) {
        for (int k = lastIndexBefore(list, at); k >= 0; k--) {
            if (list.get(k).speaker().kind() == kind) {
                return list.get(k);
            }
        }
        return null;
    }

    /** Index of the last candidate starting before {@code at}; every list is kept in text order. */
    private static int lastIndexBefore(List<Candidate> list, int at) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private int paragraphAt(int offset) {
        int t = v.firstAtOrAfter(offset);
        if (t >= v.size()) {
            t = v.size() - 1;
        }
        return t < 0 ? 0 : v.paragraph(t);
    }

    // ---- sentence subjects

    /**
     * For each sentence, the noun phrase before its first finite verb (outside quotations): named mentions in it
     * become likely antecedents, and so does a plural group of people ("loyalists shouted …").
     */
    private void findSentenceSubjects() {
        Set<Integer> subjectStarts = new HashSet<>();
        List<Candidate> groups = new ArrayList<>();
        for (int s = 0; s < v.sentenceCount(); s++) {
            int first = v.firstOfSentence(s);
            int last = v.lastOfSentence(s);
            int verb = -1;
            for (int k = first; k <= last; k++) {
                if (!v.quoted(k) && v.isFiniteVerb(k) && !inRelativeClause(k, first)) {
                    verb = k;
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            Phrase np = subjectBefore(verb, first);
            if (np == null) {
                continue;
            }
            for (int i = np.first(); i <= np.last(); i++) {
                EntityIndex.Named m = index.covering(v.token(i).start(), v.token(i).end());
                if (m != null && m.type() != EntityType.LOCATION) {
                    subjectStarts.add(m.start());
                }
            }
            Phrase group = NounPhrases.modifiedBy(v, np, first);
            Phrase head = group != null && canSpeak(group) ? group : np;
            String pos = v.pos(head.last());
            if ((pos.equals("NNS") || v.lower(head.last()).equals("police")) && namedIn(head) == null
                    && CueLexicon.isSpeakerNoun(v.word(head.last()))) {
                groups.add(new Candidate(head.start(v), v.paragraph(head.first()),
                        new Speaker(head.text(v), SpeakerKind.DESCRIPTION, null, head.start(v), head.end(v)), true));
            } else if (isIndefinite(head) && isPersonNoun(v.word(head.last()))
                    && (namedIn(head) == null || namedIn(head).type() != EntityType.PERSON)) {
                // "One witness, a woman who …, said she saw …": a new unnamed person a later "she" may mean
                groups.add(new Candidate(head.start(v), v.paragraph(head.first()),
                        new Speaker(head.text(v), SpeakerKind.DESCRIPTION, null, head.start(v), head.end(v)), false,
                        genders.ofDescription(head), true));
            }
        }
        for (Candidate c : named) {
            if (subjectStarts.contains(c.start())) {
                subjects.add(c);
            }
        }
        subjects.addAll(groups);
        subjects.sort(Comparator.comparingInt(Candidate::start));
    }

    /** "One resident, who did not want to be named, told …": "did" belongs to the relative clause. */
    private boolean inRelativeClause(int verb, int first) {
        int i = verb - 1;
        while (i >= first && v.isAuxiliaryOrAdverb(i)) {
            i--;
        }
        return i >= first && (v.pos(i).equals("WP") || v.pos(i).equals("WDT"));
    }

    private boolean isIndefinite(Phrase np) {
        String d = v.lower(np.first());
        return d.equals("a") || d.equals("an") || d.equals("one") || d.equals("another");
    }

    /** A noun for one person, not for a company or an institution. */
    private static boolean isPersonNoun(String word) {
        return CueLexicon.isSpeakerNoun(word) && !CueLexicon.isCompanyNoun(word) && !CueLexicon.isInstitutionNoun(word);
    }

    private Phrase subjectBefore(int verb, int first) {
        int i = verb - 1;
        while (i >= first && !v.quoted(i) && v.isAuxiliaryOrAdverb(i)) {
            i--;
        }
        if (i >= first && v.isComma(i)) {
            int j = i - 1;
            int steps = 0;
            while (j >= first && !v.isComma(j) && steps++ < 25) {
                j--;
            }
            if (j >= first && v.isComma(j)) {
                if (isPersonName(j + 1, i - 1)) {
                    return new Phrase(j + 1, i - 1); // "Brightpath's board chair, Angela Ruiz, said"
                }
                i = j - 1;
            }
        }
        return i >= first ? NounPhrases.endingAt(v, i, first) : null;
    }

    /** The tokens [first, last] when they are exactly a person's name (an appositive naming the subject). */
    private boolean isPersonName(int first, int last) {
        if (first > last || last - first > 4) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (!v.isPerson(i) || v.quoted(i)) {
                return false;
            }
        }
        return canSpeak(new Phrase(first, last));
    }

    /** The tagger calls "the Taoiseach" a person; without an entity record it is a title, resolved elsewhere. */
    private boolean isTitleTakenForName(EntityIndex.Named m, int t) {
        return m.entityId() == null && !m.name().contains(" ") && t > 0 && v.lower(t - 1).equals("the")
                && CueLexicon.isSpeakerNoun(m.name());
    }

    /** Lower-case title words written before a person's name: "coach", "judge", "party leader". */
    private Set<String> titlesBefore(int t) {
        Set<String> found = new HashSet<>();
        for (int k = t - 1; k >= 0 && k >= t - 5 && !v.quoted(k); k--) {
            if (!v.isNoun(k) || v.isPerson(k) || !v.ner(k).equals("O")) {
                break;
            }
            String w = v.lower(k);
            if (HONORIFICS.contains(w)) {
                continue;
            }
            if (!CueLexicon.isSpeakerNoun(w)) {
                break; // "comments Mr Okonjo had made": a noun before the name that is no title
            }
            found.add(w);
        }
        return found;
    }
}
