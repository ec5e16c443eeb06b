package newswire.extraction.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newswire.contract.EntityType;

/**
 * Finds the spans of text that name something, starting from the CRF tagger's labels and mending its typical
 * errors with general rules: titles are cut off names ("Secretary of State John Kerry" is John Kerry) and make
 * the name that follows them a person ("Secretary-General Ban Ki-moon", tagged MISC); organisation words make
 * organisations ("Queen’s University", "Halvorsen CEO"); the gazetteer makes places ("eSwatini");
 * nationalities and portfolios ("Egyptian", the "State" of "Secretary of State") are not names at all.
 */
final class NameSpotter {

    /** honorifics that may be cut off the front of any name, even one the tagger called an organisation */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "alhaji",
            "alhaja", "prof");
    private static final Set<String> CONNECTORS = Set.of("of", "&", "for", "de", "du", "la");
    static final Set<String> NAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "ten", "ter", "da",
            "di", "du", "le", "la", "al", "el", "bin", "ibn", "dos", "das", "del");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> CHANNEL_CLOSERS = Set.of(")", "]", ",", ";");
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "for");

    private final NewsLexicons lexicons;
    private final Set<EntityRule> rules;

    NameSpotter(NewsLexicons lexicons, Set<EntityRule> rules) {
        this.lexicons = lexicons;
        this.rules = rules;
    }

    private boolean on(EntityRule rule) {
        return rules.contains(rule);
    }

    List<NameSpan> spot(TokenView doc, DocumentAcronyms acronyms) {
        List<NameSpan> candidates = new ArrayList<>();
        for (NameSpan tagged : taggerSpans(doc)) {
            repair(doc, tagged, acronyms).ifPresent(candidates::add);
        }
        if (on(EntityRule.TITLED_PERSONS)) {
            candidates.addAll(titledPersons(doc, acronyms));
        }
        if (on(EntityRule.ORGANISATION_NAMES)) {
            candidates.addAll(organisationNames(doc));
        }
        if (on(EntityRule.DATELINES)) {
            candidates.addAll(datelinePlaces(doc));
        }
        List<NameSpan> spans = withoutOverlaps(candidates);
        if (on(EntityRule.GAZETTEER_PLACES)) {
            spans.addAll(gazetteerPlaces(doc, spans));
        }
        if (on(EntityRule.ORGS_BEFORE_ROLES)) {
            spans = organisationsBeforeRoles(doc, spans);
        }
        spans.sort(Comparator.comparingInt(NameSpan::first));
        return spans;
    }

    /** Runs of tokens with one CRF label among PERSON, ORGANIZATION, LOCATION and MISC. */
    private static List<NameSpan> taggerSpans(TokenView doc) {
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < doc.size()) {
            Optional<EntityType> type = typeOf(doc.ner(i));
            if (type.isEmpty()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < doc.size() && doc.sameSentence(i, j) && (doc.ner(j).equals(doc.ner(i))
                    || doc.ner(i).equals("PERSON") && nameParticle(doc, j) && doc.ner(j + 1).equals("PERSON"))) {
                j++;
            }
            spans.add(new NameSpan(i, j, type.get(), Evidence.TAGGER));
            i = j;
        }
        return spans;
    }

    private static Optional<EntityType> typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
            case "LOCATION" -> Optional.of(EntityType.LOCATION);
            case "MISC" -> Optional.of(EntityType.MISC);
            default -> Optional.empty();
        };
    }

    /** Mends one tagger span, or drops it when it names nothing (a nationality, a portfolio, a bare title). */
    Optional<NameSpan> repair(TokenView doc, NameSpan span, DocumentAcronyms acronyms) {
        int first = span.first();
        int last = span.last();
        if (first == last || !anyCapitalized(doc, first, last)) {
            return Optional.empty(); // "the ministry of the interior": a description, not a name
        }
        String text = doc.span(first, last);
        if (on(EntityRule.DROP_NON_NAMES) && (lexicons.demonyms().contains(text)
                || WEEKDAYS.contains(Folding.fold(text)) || isPortfolioOfTitle(doc, first, last))) {
            return Optional.empty();
        }
        EntityType type = span.type();
        Evidence evidence = span.evidence();
        int named = on(EntityRule.CUT_TITLES) ? stripTitles(doc, first, last, type, acronyms) : first;
        if (named == last) {
            return Optional.empty(); // "the Taoiseach": a title alone is not a name
        }
        if (named > first) {
            first = named;
            text = doc.span(first, last);
            type = EntityType.PERSON;
            evidence = Evidence.TITLE;
        }
        // the tagger's own sure label stands; its MISC ("a name of some kind") is always open to a better type
        boolean typeInDoubt = !doc.taggerSure(span.first(), span.last()) || span.type() == EntityType.MISC;
        if (on(EntityRule.LEXICON_TYPES) && typeInDoubt
                && (lexicons.isPlace(text) || lexicons.orgAliases().contains(text))) {
            boolean place = lexicons.isPlace(text);
            return Optional.of(new NameSpan(first, last, place ? EntityType.LOCATION : EntityType.ORGANIZATION,
                    Evidence.GAZETTEER));
        }
        // not for the tagger's persons: "John Church" and "Ellen Court" end in organisation words too
        if (on(EntityRule.ORG_SUFFIX_TYPES) && typeInDoubt && type != EntityType.PERSON && last - first >= 2
                && lexicons.orgSuffixes().contains(doc.word(last - 1))) {
            return Optional.of(new NameSpan(first, last, EntityType.ORGANIZATION, Evidence.ORG_NAME));
        }
        if (on(EntityRule.FACILITIES) && evidence != Evidence.TITLE && doc.sameSentence(first, last)
                && doc.capitalized(last)
                && lexicons.facilityWords().contains(doc.word(last))) {
            return Optional.of(new NameSpan(first, last + 1, EntityType.LOCATION, Evidence.FACILITY));
        }
        if (on(EntityRule.NUMBERED_CHANNELS) && type == EntityType.ORGANIZATION && numberedChannel(doc, last)) {
            last++; // "NBC 26", "Channel 4": a broadcaster's number is part of its name
        }
        return Optional.of(new NameSpan(first, last, type, evidence));
    }

    /**
     * "(NBC 26)", "WXYZ 7,": an acronym with a number closed off by punctuation. Not "Ipswich 3" or "OB 0" at the end of a
     * results line: there the number is a score.
     */
    private static boolean numberedChannel(TokenView doc, int next) {
        return doc.sameSentence(next - 1, next) && DocumentAcronyms.isAcronym(doc.word(next - 1))
                && doc.word(next).matches("\\d{1,3}") && doc.sameSentence(next, next + 1)
                && CHANNEL_CLOSERS.contains(doc.word(next + 1));
    }

    /**
     * The index of the first token after the leading title words. A person's or unknown span loses any title
     * word; an organisation or place only loses honorifics and titles the article spelled out ("DCP Okafor" after "Deputy Commissioner of Police (DCP)").
     */
    private int stripTitles(TokenView doc, int first, int last, EntityType type, DocumentAcronyms acronyms) {
        boolean anyTitle = type == EntityType.PERSON || type == EntityType.MISC;
        int i = first;
        while (i < last) {
            String w = doc.word(i);
            boolean title = acronyms.isTitle(w) || HONORIFICS.contains(Folding.fold(w))
                    || (anyTitle && lexicons.isTitleWord(w));
            if (!title) {
                break;
            }
            i++;
        }
        return i;
    }

    /** "Secretary of State", "Minister for Industry and Investment Security": a portfolio, not an organisation. */
    private boolean isPortfolioOfTitle(TokenView doc, int first, int last) {
        if (lexicons.portfolios().contains(doc.span(first, last)) || lexicons.portfolios().contains(doc.word(first))
                && !doc.ner(first).equals("PERSON")) {
            return precededByTitleOf(doc, first); // "Secretary of State", "Minister for Industry and Security"
        }
        // "... for Industry and Investment Security": the span continues a portfolio list after "and" or ","
        int joint = first - 1;
        if (!doc.sameSentence(joint, first) || !(doc.word(joint).equals("and") || doc.word(joint).equals(","))) {
            return false;
        }
        int start = joint;
        while (start - 1 >= 0 && doc.sameSentence(start - 1, first) && doc.capitalized(start - 1)
                && doc.ner(start - 1).equals("O")) {
            start--;
        }
        return start < joint && lexicons.portfolios().contains(doc.word(start)) && precededByTitleOf(doc, start);
    }

    private boolean precededByTitleOf(TokenView doc, int i) {
        return doc.sameSentence(i - 2, i)
                && (doc.word(i - 1).equals("of") || doc.word(i - 1).equals("for"))
                && lexicons.personTitles().contains(doc.word(i - 2));
    }

    /** "coach Ana Ferreira", "Prime Minister Recep Tayyip Erdogan": the capitalised words after a title. */
    private List<NameSpan> titledPersons(TokenView doc, DocumentAcronyms acronyms) {
        List<NameSpan> spans = new ArrayList<>();
        for (int i = 0; i + 1 < doc.size(); i++) {
            String w = doc.word(i);
            if (!lexicons.personTitles().contains(w) && !acronyms.isTitle(w)
                    || HONORIFICS.contains(Folding.fold(w)) && !doc.capitalized(i)) {
                continue; // "miss" in "will miss Sunday's game" is a verb; "Miss Jones" is a title
            }
            int first = i + 1;
            while (first < doc.size() && doc.sameSentence(i, first) && doc.capitalized(first)
                    && lexicons.isTitleWord(doc.word(first))) {
                first++; // "Prime Minister", "Chief Executive"
            }
            int last = first;
            while (last < doc.size() && doc.sameSentence(i, last) && nameWord(doc, last, last > first)) {
                last++;
            }
            if (last > first && doc.capitalized(first)) {
                String text = doc.span(first, last);
                if (!lexicons.isPlace(text) && !lexicons.demonyms().contains(text) && !WEEKDAYS.contains(Folding.fold(text))
                        && !lexicons.orgSuffixes().contains(doc.word(last - 1))) {
                    spans.add(new NameSpan(first, last, EntityType.PERSON, Evidence.TITLE));
                }
            }
            i = Math.max(i, last - 1);
        }
        return spans;
    }

    /**
     * A word that can be part of a person's name: capitalised or a particle like "al-", untagged or PERSON/MISC.
     * A nationality word only continues a name ("judge Robert French"); it never starts one.
     */
    private boolean nameWord(TokenView doc, int i, boolean continuing) {
        String ner = doc.ner(i);
        if (!ner.equals("O") && !ner.equals("PERSON") && !ner.equals("MISC")) {
            return false;
        }
        String w = doc.word(i);
        if (lexicons.isTitleWord(w) || !continuing && lexicons.demonyms().contains(w) || doc.possessive(i)) {
            return false;
        }
        boolean hyphenParticle = w.matches("\\p{Ll}{1,3}-\\p{Lu}.*");
        return hyphenParticle || nameParticle(doc, i)
                || (doc.capitalized(i) && (doc.properNoun(i) || ner.equals("PERSON")));
    }

    /** "ten" in "Erik ten Hag", "van" in "Ursula von der Leyen": a lower-case particle between name words. */
    private static boolean nameParticle(TokenView doc, int i) {
        return NAME_PARTICLES.contains(doc.word(i)) && doc.sameSentence(i - 1, i + 1)
                && doc.capitalized(i - 1) && (doc.capitalized(i + 1) || NAME_PARTICLES.contains(doc.word(i + 1)));
    }

    /**
     * Capitalised runs the tagger missed or cut that end in an organisation word ("Queen’s University") or
     * open with "X of" ("Bank of England").
     */
    private List<NameSpan> organisationNames(TokenView doc) {
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < doc.size()) {
            if (!doc.capitalized(i)) {
                i++;
                continue;
            }
            int last = i + 1;
            while (last < doc.size() && doc.sameSentence(i, last)) {
                if (doc.capitalized(last)) {
                    last++;
                } else if ((CONNECTORS.contains(doc.word(last)) || doc.possessive(last))
                        && doc.sameSentence(i, last + 1) && doc.capitalized(last + 1)) {
                    last += 2;
                } else {
                    break;
                }
            }
            if (!allPerson(doc, i, last)) {
                organisationIn(doc, i, last).ifPresent(spans::add);
            }
            i = last;
        }
        return spans;
    }

    private static boolean allPerson(TokenView doc, int first, int last) {
        for (int i = first; i < last; i++) {
            if (!doc.ner(i).equals("PERSON")) {
                return false;
            }
        }
        return true;
    }

    private Optional<NameSpan> organisationIn(TokenView doc, int first, int last) {
        int start = Math.max(first, taggedStart(doc, first, last));
        // a demonym the tagger counted in the organisation is part of its name: "Scottish National Party"
        while (start < last && (CONNECTORS.contains(doc.word(start)) || LEADING_FUNCTION_WORDS.contains(doc.word(start).toLowerCase())
                || lexicons.demonyms().contains(doc.word(start)) && !doc.ner(start).equals("ORGANIZATION")
                || adjectivalTitleWord(doc, start))) {
            start++;
        }
        for (int p = start + 1; p + 1 < last; p++) {
            String owner = doc.ner(p - 1);
            if (doc.possessive(p) && (owner.equals("LOCATION") || owner.equals("ORGANIZATION"))) {
                // "India's Reliance Industries": a place or a body owning it is a name of its own; a person's
                // name is part of it ("King's College London", "Alzheimer's Research UK")
                start = p + 1;
            }
        }
        if (last - start < 2) {
            return Optional.empty();
        }
        for (int h = start; h + 2 < last; h++) {
            if (lexicons.orgHeads().contains(doc.word(h)) && doc.word(h + 1).equals("of")) {
                // "Reserve Bank of India": the words before the head belong to the name, unless they are a title
                int from = h;
                while (from > start && !doc.possessive(from - 1) && (!lexicons.isTitleWord(doc.word(from - 1))
                        || modifiesTheHead(doc, from - 1, h))) {
                    from--;
                }
                return Optional.of(new NameSpan(from, last, EntityType.ORGANIZATION, Evidence.ORG_NAME));
            }
        }
        if (joinedByAmpersand(doc, start, last)) {
            return Optional.of(new NameSpan(start, last, EntityType.ORGANIZATION, Evidence.ORG_NAME));
        }
        if (!lexicons.orgSuffixes().contains(doc.word(last - 1)) || lexicons.isPlace(doc.span(start, last))
                || titleOfSomething(doc, start, last)) {
            return Optional.empty();
        }
        return Optional.of(new NameSpan(start, last, EntityType.ORGANIZATION, Evidence.ORG_NAME));
    }

    /** "Hollis & Grant", "Marks & Spencer": names joined by an ampersand are a firm, not two people. */
    private static boolean joinedByAmpersand(TokenView doc, int first, int last) {
        for (int i = first + 1; i + 1 < last; i++) {
            if (doc.word(i).equals("&")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the tagger itself found an organisation at the end of the run, the words before it belong to the name
     * only when the tagger saw names in them too ("Sanaa" of "Sanaa University"); words it left unlabelled ("Lead
     * Underwriter", "Minneapolis-based") and a person with "of" ("Lynn Reaser of Barnett Banks") do not.
     */
    private static int taggedStart(TokenView doc, int first, int last) {
        if (!doc.ner(last - 1).equals("ORGANIZATION")) {
            int start = first;
            for (int p = first; p + 1 < last; p++) {
                if (doc.ner(p).equals("PERSON") && doc.word(p + 1).equals("of")) {
                    start = p + 2;
                }
            }
            return start;
        }
        int s = last - 1;
        while (s - 1 >= first && doc.ner(s - 1).equals("ORGANIZATION")) {
            s--;
        }
        while (s - 1 >= first && (doc.ner(s - 1).equals("LOCATION") || doc.ner(s - 1).equals("MISC"))) {
            s--;
        }
        return s;
    }

    /**
     * "Federal" of "Federal Bureau of Investigation": an adjective that may open a title ("Federal Judge") is part
     * of an organisation's name when nothing but name words stand between it and the organisation's head.
     */
    private boolean modifiesTheHead(TokenView doc, int i, int head) {
        if (!lexicons.titleModifiers().contains(doc.word(i))) {
            return false;
        }
        for (int k = i + 1; k < head; k++) {
            if (lexicons.personTitles().contains(doc.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Senior" of "Senior State Department officials" (but not "General" of "General Motors", a noun there). */
    private boolean adjectivalTitleWord(TokenView doc, int i) {
        return lexicons.titleModifiers().contains(doc.word(i)) && "JJ".equals(doc.token(i).pos());
    }

    /** "Assistant Inspector General of Police": a title word first and an "of" inside make a job, not a body. */
    private boolean titleOfSomething(TokenView doc, int first, int last) {
        if (!lexicons.isTitleWord(doc.word(first)) || doc.possessive(first + 1)) {
            return false;
        }
        for (int i = first + 1; i < last; i++) {
            if (doc.word(i).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "GREEN BAY, Wis. (NBC 26) --", "CAIRO (Reuters) -", "NABLUS , West Bank 1996-08-30": wire and web stories
     * open their first lines with the place they were filed from, in capitals, then a comma, a parenthesis, a
     * date, or a dash before the first sentence. A headline in capitals ("SOCCER - BARATELLI TO COACH NICE") has
     * more capitals after its dash.
     */
    private static List<NameSpan> datelinePlaces(TokenView doc) {
        List<NameSpan> spans = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            int line = doc.lineOpened(i);
            if (line > 1) {
                break;
            }
            if (line < 0) {
                continue;
            }
            int last = i;
            while (last < doc.size() && doc.sameSentence(i, last) && shouted(doc.word(last))) {
                last++;
            }
            if (last > i && doc.sameSentence(i, last) && closesDateline(doc, last)) {
                spans.add(new NameSpan(i, last, EntityType.LOCATION, Evidence.DATELINE));
            }
        }
        return spans;
    }

    /** A word in capitals: two letters or more, none of them lower case ("BAY", "ST.", "AL-RAM"). */
    private static boolean shouted(String w) {
        return w.codePoints().filter(Character::isLetter).count() >= 2 && w.chars().noneMatch(Character::isLowerCase)
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-' || c == '\'');
    }

    private static boolean closesDateline(TokenView doc, int i) {
        String w = doc.word(i);
        if (w.equals(",") || w.equals("(") || w.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return true;
        }
        boolean dash = w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013");
        return dash && doc.sameSentence(i, i + 1) && doc.word(i + 1).chars().anyMatch(Character::isLowerCase);
    }

    /** Places from the gazetteer among the tokens no other rule claimed ("Cote d’Ivoire", "eSwatini"). */
    private List<NameSpan> gazetteerPlaces(TokenView doc, List<NameSpan> claimed) {
        ClaimedTokens taken = new ClaimedTokens(doc, claimed);
        int reach = Math.max(lexicons.locations().longestPhraseWords(), lexicons.locationAliases().longestPhraseWords());
        List<NameSpan> spans = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (taken.isClaimed(i) || !doc.capitalized(i)) {
                continue;
            }
            for (int n = reach; n >= 1; n--) {
                int last = i + n;
                if (!doc.sameSentence(i, last - 1) || taken.anyClaimed(i, last)) {
                    continue;
                }
                if (n == 1 && !doc.properNoun(i)) {
                    continue;
                }
                if (lexicons.isPlace(doc.span(i, last)) && doc.capitalized(last - 1)) {
                    spans.add(new NameSpan(i, last, EntityType.LOCATION, Evidence.GAZETTEER));
                    i = last - 1;
                    break;
                }
            }
        }
        return spans;
    }


    /** "Halvorsen CEO", "Rovers United coach": a name right before an organisation's role noun is the organisation. */
    private List<NameSpan> organisationsBeforeRoles(TokenView doc, List<NameSpan> spans) {
        ClaimedTokens taken = new ClaimedTokens(doc, spans);
        List<NameSpan> result = new ArrayList<>();
        for (NameSpan s : spans) {
            if (s.evidence() != Evidence.TITLE && s.type() != EntityType.LOCATION && beforeRole(doc, s.last(), s.first())) {
                result.add(s.withType(EntityType.ORGANIZATION, Evidence.ORG_ROLE));
            } else {
                result.add(s);
            }
        }
        for (int i = 0; i < doc.size(); i++) {
            if (!taken.isClaimed(i) && doc.capitalized(i) && (doc.properNoun(i) || !doc.sentenceInitial(i) && doc.noun(i))
                    && beforeRole(doc, i + 1, i)
                    && !lexicons.isTitleWord(doc.word(i)) && !lexicons.isPlace(doc.word(i))
                    && !lexicons.demonyms().contains(doc.word(i)) && !DocumentAcronyms.isAcronym(doc.word(i))) {
                result.add(new NameSpan(i, i + 1, EntityType.ORGANIZATION, Evidence.ORG_ROLE));
            }
        }
        return result;
    }

    private boolean beforeRole(TokenView doc, int next, int first) {
        return doc.sameSentence(first, next) && doc.noun(next) && lexicons.orgRoles().contains(doc.word(next));
    }

    /** Keeps the strongest, then longest, of overlapping candidates. */
    private static List<NameSpan> withoutOverlaps(List<NameSpan> candidates) {
        List<NameSpan> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((NameSpan s) -> -s.evidence().rank)
                .thenComparingInt(s -> -s.length())
                .thenComparingInt(NameSpan::first));
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan s : ordered) {
            if (kept.stream().noneMatch(s::overlaps)) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static boolean anyCapitalized(TokenView doc, int first, int last) {
        for (int i = first; i < last; i++) {
            if (doc.capitalized(i) || Character.isDigit(doc.word(i).charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
