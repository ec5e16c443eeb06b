package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newswire.contract.EntityType;

/**
 * The grammatical gender of each person, so that "she said" is not handed to the man who spoke last. The
 * article's own evidence comes first: an honorific ("Mr Okafor"), a gendered noun in apposition or title ("her
 * husband, Callum Reid", "spokeswoman Jennifer Walsh"), and the subject pronoun that opens the next sentence after
 * a sentence naming exactly one person ("Vance, 48, is frank … She describes …"). Where the article says nothing
 * (or contradicts itself), the first name decides as text at large refers to it ({@link NameGenders}); a person
 * known by one word only stays unknown, which fits any pronoun.
 */
final class Genders {

    enum Gender {
        MALE, FEMALE, UNKNOWN;

        /** Unknown on either side fits: the article did not tell. */
        boolean fits(Gender wanted) {
            return this == UNKNOWN || wanted == UNKNOWN || this == wanted;
        }
    }

    /** Words before a first name that are not one: "Dr", "Sen." */
    private static final Set<String> HONORIFIC_WORDS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "sen", "rep", "gov", "gen", "prof", "rev", "president", "senator", "judge", "chief", "the");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady");
    private static final Set<String> MALE_NOUNS = Set.of("man", "husband", "father", "son", "brother", "boy",
            "spokesman", "chairman", "businessman", "grandfather", "dad", "uncle", "nephew", "king", "prince",
            "councilman", "congressman", "actor", "widower", "boyfriend", "grandson", "stepfather");
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "wife", "mother", "daughter", "sister", "girl",
            "spokeswoman", "chairwoman", "businesswoman", "grandmother", "mum", "mom", "aunt", "niece", "queen",
            "princess", "councilwoman", "congresswoman", "actress", "widow", "girlfriend", "granddaughter", "gran",
            "stepmother");
    /** How many tokens before a name a gendered title noun may stand: "his wife, Kelly", "spokeswoman Jo Lee". */
    private static final int TITLE_REACH = 4;

    private final TokenView v;
    private final Map<String, int[]> votes = new HashMap<>();

    Genders(TokenView v, List<EntityIndex.Named> mentions) {
        this.v = v;
        List<EntityIndex.Named> persons = new ArrayList<>();
        for (EntityIndex.Named m : mentions) {
            int t = v.firstAtOrAfter(m.start());
            if (m.type() == EntityType.PERSON && t < v.size() && !v.quoted(t)) {
                persons.add(m);
                vote(m.name(), titleGender(t), 2);
            }
        }
        votePronounsOfNextSentence(persons);
    }

    /**
     * The person's gender as the article gives it; where it gives none, as text mostly refers to the person's
     * first name ({@link NameGenders}: "Ines" is "she"). A name of one word may be a surname and says nothing.
     */
    Gender of(String name) {
        int[] n = votes.get(name);
        if (n != null && n[0] != n[1]) {
            return n[0] > n[1] ? Gender.MALE : Gender.FEMALE;
        }
        String[] words = name.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replace(".", "");
            if (!HONORIFIC_WORDS.contains(w)) {
                return NameGenders.standard().of(w);
            }
        }
        return Gender.UNKNOWN;
    }

    /** he → male, she → female, anything else unknown. */
    static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    static Gender ofNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_NOUNS.contains(w) ? Gender.MALE : FEMALE_NOUNS.contains(w) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /**
     * The gender of a description of an unnamed person: a gendered noun in it ("a spokeswoman for the firm") or
     * in the apposition right after it ("one witness, a woman who …").
     */
    Gender ofDescription(Phrase np) {
        for (int i = np.first(); i <= np.last(); i++) {
            Gender g = ofNoun(v.word(i));
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        int after = np.last() + 1;
        if (after < v.size() && v.isComma(after)) {
            for (int i = after + 1; i < v.size() && i <= after + 3 && !v.quoted(i); i++) {
                Gender g = ofNoun(v.word(i));
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    /** "Mr Okafor", "her son Gary", "Her husband, Callum Reid": the words just before a name. */
    private Gender titleGender(int t) {
        if (t == 0) {
            return Gender.UNKNOWN;
        }
        String before = v.lower(t - 1);
        if (MALE_HONORIFICS.contains(before)) {
            return Gender.MALE;
        }
        if (FEMALE_HONORIFICS.contains(before)) {
            return Gender.FEMALE;
        }
        int k = t - 1;
        if (v.isComma(k)) {
            k--; // an apposition: "her husband, Callum Reid"
        }
        for (int steps = 0; k >= 0 && steps < TITLE_REACH && !v.quoted(k) && v.isNoun(k) && !v.isPerson(k);
             k--, steps++) {
            Gender g = ofNoun(v.word(k));
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * A sentence naming exactly one person, followed by a sentence whose first subject pronoun comes before any
     * other name: that pronoun is the person's. Object pronouns never count ("Marsh told him").
     */
    private void votePronounsOfNextSentence(List<EntityIndex.Named> persons) {
        Map<Integer, List<String>> namesBySentence = new HashMap<>();
        for (EntityIndex.Named m : persons) {
            int t = v.firstAtOrAfter(m.start());
            List<String> names = namesBySentence.computeIfAbsent(v.sentence(t), s -> new ArrayList<>());
            if (!names.contains(m.name())) {
                names.add(m.name());
            }
        }
        for (Map.Entry<Integer, List<String>> e : namesBySentence.entrySet()) {
            int next = e.getKey() + 1;
            if (e.getValue().size() != 1 || next >= v.sentenceCount() || opensWithPronoun(e.getKey())) {
                continue;
            }
            Gender g = firstSubjectPronoun(next, namesBySentence.containsKey(next));
            vote(e.getValue().get(0), g, 1);
        }
    }

    /**
     * "He is the quieter of the two, Whitfield says, …": a sentence already about a "he" or "she" before its name
     * is not about the named person, so its follow-up pronoun says nothing about that person.
     */
    private boolean opensWithPronoun(int sentence) {
        for (int k = v.firstOfSentence(sentence); k <= v.lastOfSentence(sentence) && !v.isPerson(k); k++) {
            if (!v.quoted(k) && v.pos(k).equals("PRP") && ofPronoun(v.word(k)) != Gender.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    private Gender firstSubjectPronoun(int sentence, boolean namesSomeone) {
        for (int k = v.firstOfSentence(sentence); k <= v.lastOfSentence(sentence); k++) {
            if (v.quoted(k)) {
                continue;
            }
            if (namesSomeone && v.isPerson(k)) {
                return Gender.UNKNOWN;
            }
            if (v.pos(k).equals("PRP") && ofPronoun(v.word(k)) != Gender.UNKNOWN) {
                return ofPronoun(v.word(k));
            }
        }
        return Gender.UNKNOWN;
    }

    private void vote(String name, Gender g, int weight) {
        if (g == Gender.UNKNOWN) {
            return;
        }
        votes.computeIfAbsent(name, k -> new int[2])[g == Gender.MALE ? 0 : 1] += weight;
    }
}
