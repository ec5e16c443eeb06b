package newswire.extraction.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * The nouns the {@link SpeakerResolver} reads to name a described speaker: nouns for people and bodies ("the
 * minister", "the company", "the ministry"), documents that speak for their authors ("the statement"), and the
 * -er/-or words that are not people. Which mention is the source is learned ({@link SpeakerModel}, with the cue
 * verbs and source nouns of {@link AttributionWords}); these lists only decide whom a chosen description means.
 */
final class CueLexicon {

    private CueLexicon() {
    }

    private static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "it");

    /** Nouns for people or bodies that speak, beyond what the suffix rule below catches. */
    private static final Set<String> SPEAKER_NOUNS = words(
            "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
            "minister", "ministers", "president", "police", "source", "sources", "analyst", "analysts", "aide",
            "aides", "chief", "chiefs", "head", "boss", "bosses", "coach", "captain", "skipper", "judge", "chairman",
            "chairwoman", "chair", "ceo", "cfo", "cto", "executive", "executives", "expert", "experts", "witness",
            "witnesses", "resident", "residents", "student", "students", "agent", "agents", "parent", "parents",
            "client", "clients", "patient", "patients", "opponent", "opponents", "correspondent", "correspondents",
            "man", "men", "woman", "women", "people", "person", "child", "children", "girl", "boy", "mother",
            "father", "daughter", "son", "wife", "husband", "sister", "brother", "family", "friend", "friends",
            "diplomat", "diplomats", "envoy", "envoys", "governor", "senator", "lawmaker", "lawmakers", "mp", "mps",
            "secretary", "premier", "mayor", "lawyer", "lawyers", "attorney", "prosecutor", "prosecutors",
            "official", "staff", "staffer", "staffers", "participant", "participants", "assistant", "consultant",
            "consultants", "merchant", "merchants", "inhabitant", "inhabitants", "lieutenant", "sergeant",
            "colonel", "general", "commander", "commanders", "doctor", "doctors", "nurse", "nurses", "victim",
            "victims", "survivor", "survivors", "fan", "fans", "voter", "voters", "taoiseach", "chancellor",
            "king", "queen", "prince", "princess", "pope", "bishop", "cleric", "imam", "rabbi", "priest",
            "militant", "militants", "rebel", "rebels", "troops", "soldier", "soldiers", "activist", "activists",
            "scientist", "scientists", "economist", "economists", "ambassador", "delegate", "delegates", "veteran",
            "authorities", "authority", "investigator", "investigators", "regulator", "regulators", "union",
            "unions", "organisers", "organizers", "critic", "critics", "supporter", "supporters", "leader",
            "leaders", "member", "members", "player", "players", "manager", "midfielder", "striker", "defender",
            "goalkeeper", "owner", "owners", "founder", "director", "directors", "editor", "reporter", "reporters",
            "journalist", "journalists", "historian", "physician", "politician", "politicians", "civilian",
            "civilians", "guardian", "teacher", "teachers", "worker", "workers", "employee", "employees");

    /** Heads of definite descriptions that stand for the article's company: "the firm said". */
    private static final Set<String> COMPANY_NOUNS = words(
            "company", "firm", "group", "maker", "manufacturer", "producer", "lender", "insurer", "retailer",
            "carrier", "airline", "operator", "developer", "giant", "conglomerate", "corporation", "business",
            "startup", "start-up", "automaker", "carmaker", "chipmaker", "bank", "brewer", "miner", "supplier",
            "provider", "platform", "network", "club", "side", "outfit", "broadcaster", "publisher", "utility");

    /** Heads of descriptions of institutions: named when an entity's name contains the word ("the Bank"). */
    private static final Set<String> INSTITUTION_NOUNS = words(
            "ministry", "department", "agency", "government", "administration", "court", "council", "committee",
            "commission", "authority", "office", "board", "party", "army", "military", "embassy", "parliament",
            "senate", "congress", "assembly", "federation", "association", "union", "organisation",
            "organization", "institute", "university", "hospital", "service", "team", "police", "bureau",
            "regulator", "watchdog", "cabinet", "presidency", "palace", "foundation", "fund", "centre", "center",
            "league", "body", "panel", "tribunal", "junta", "regime", "staff");

    /** Things that say on behalf of their author: "the filing said", "the statement said". */
    private static final Set<String> DOCUMENT_NOUNS = words(
            "statement", "filing", "report", "release", "letter", "notice", "memo", "communique", "communiqué",
            "document", "post", "tweet", "message", "email", "circular", "announcement", "study", "survey");

    /** -er/-or/-ist nouns that are not people: the suffix rule would otherwise make them speakers. */
    private static final Set<String> NOT_PEOPLE = words(
            "number", "numbers", "water", "order", "orders", "matter", "matters", "power", "paper", "papers",
            "letter", "letters", "quarter", "quarters", "border", "borders", "corner", "weather", "winter",
            "summer", "other", "others", "another", "cancer", "computer", "computers", "center", "centre",
            "chapter", "character", "disaster", "error", "factor", "factors", "floor", "door", "sector",
            "sectors", "mirror", "monitor", "motor", "river", "tower", "layer", "member", "finger", "hunger",
            "danger", "anger", "manner", "dinner", "offer", "offers", "answer", "barrier", "cluster", "timber",
            "list", "wrist", "twist", "mist", "fist", "gist", "trailer", "banner", "filter", "register",
            "meter", "liter", "litre", "container", "folder", "header", "theater", "theatre", "tractor",
            "behaviour", "behavior", "favour", "favor", "honour", "honor", "labour", "labor", "humour", "vigour",
            "headquarter", "headquarters", "shoulder", "powers", "rumour", "rumor", "rumours", "never", "over",
            "after", "under", "later", "earlier", "further", "rather", "either", "neither", "whether", "ever",
            "minor", "major", "senior", "junior", "interior", "exterior", "superior", "inferior", "prior",
            "mortgage", "ledger", "hangar", "hanger", "cover", "poster", "transfer", "transfers", "proper",
            "matter", "encounter", "spider", "thunder", "butter", "sugar", "pepper", "silver", "copper", "lever",
            "shelter", "charter", "quarterly", "consumer", "consumers", "premier-league", "borderline");

    /** A word set; duplicates allowed, so the lists above can be edited freely. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isSubjectPronoun(String word) {
        return SUBJECT_PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isCompanyNoun(String word) {
        return COMPANY_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isInstitutionNoun(String word) {
        return INSTITUTION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDocumentNoun(String word) {
        return DOCUMENT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A common noun that can head a speaker description: a person, a group of people or a body. */
    static boolean isSpeakerNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (SPEAKER_NOUNS.contains(w) || COMPANY_NOUNS.contains(w) || INSTITUTION_NOUNS.contains(w)) {
            return true;
        }
        if (NOT_PEOPLE.contains(w) || w.length() < 5) {
            return false;
        }
        String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        // agent nouns: protester, spokesperson's kin, loyalist, politician, investor
        return stem.endsWith("er") || stem.endsWith("or") || stem.endsWith("ist") || stem.endsWith("ian");
    }
}
