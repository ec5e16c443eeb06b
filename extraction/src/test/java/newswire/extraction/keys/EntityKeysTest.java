package newswire.extraction.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Mention;
import org.junit.jupiter.api.Test;

/** One folding rule a test: what an outlet may write differently, and what must still tell two entities apart. */
class EntityKeysTest {

    private static final Pattern FORMAT = Pattern.compile("(person|org|loc|misc):[A-Za-z0-9._-]+");

    private final EntityKeys keys = new EntityKeys();

    @Test
    void aPersonKeyIsTheSurnameCodeThenTheGivenNameCode() {
        assertEquals("person:KR.JN", person("John Kerry"));
        assertEquals("person:KR", person("Kerry"), "no first name in the article: the surname-only form");
    }

    @Test
    void titlesAndHonorificsBeforeTheNameAreDropped() {
        assertEquals(person("John Kerry"), person("US Secretary of State John Kerry"));
        assertEquals(person("Mohamed Mursi"), person("Former Egyptian President Mohamed Mursi"));
        assertEquals(person("Kerry"), person("Mr. Kerry"));
        assertEquals(person("Angela Merkel"), person("Dr Angela Merkel"));
        assertEquals(person("Ali al-Sistani"), person("Grand Ayatollah Ali al-Sistani"));
        assertEquals("person:MJR.JN", person("John Major"), "a surname that is also a title word stays");
    }

    @Test
    void particlesBeforeTheSurnameAreDropped() {
        assertEquals(person("Sisi"), person("al-Sisi"));
        assertEquals(person("Sisi"), person("el-Sissi"));
        assertEquals(person("Bashar Assad"), person("Bashar al-Assad"));
        assertEquals(person("Bashar Assad"), person("Bashar Al Assad"));
        assertEquals(person("Osama Laden"), person("Osama bin Laden"));
        assertEquals(person("Tamim Thani"), person("Sheikh Tamim bin Hamad Al Thani"));
    }

    @Test
    void transliterationsMeetThroughThePhoneticCode() {
        assertEquals(person("Mohamed Mursi"), person("Mohammed Morsi"));
        assertEquals(person("Mohamed Mursi"), person("Muhammad Morsy"));
        assertEquals(person("Khaled Meshaal"), person("Khalid Mishal"));
        assertNotEquals(person("Mahmoud Abbas"), person("Mohamed Abbas"), "Mahmoud is not Mohamed");
    }

    @Test
    void aCompoundGivenNameKeepsItsParticleHoweverItIsWritten() {
        String sisi = person("Abdel Fattah al-Sisi");
        assertEquals(sisi, person("Abdel-Fattah el-Sissi"));
        assertEquals(sisi, person("Abd el-Fattah el-Sisi"));
        assertEquals(sisi, person("Abd al Fattah al-Sisi"));
        assertEquals(sisi, person("Abdul Fattah Sisi"));
        assertEquals(sisi, person("Abdelfattah el-Sisi"));
        assertEquals(person("Abdel Aziz el-Rachid"), person("Abdelaziz al-Rashid"));
        assertNotEquals(person("Abdel Aziz Rashid"), person("Abdel Fattah Rashid"), "two servants of two names");
    }

    @Test
    void accentsCaseAndSuffixesAreFolded() {
        assertEquals(person("Recep Tayyip Erdogan"), person("Recep Tayyip Erdoğan"));
        assertEquals(person("John Kerry"), person("JOHN KERRY"));
        assertEquals(person("Martin Luther King"), person("Martin Luther King Jr."));
        assertEquals(person("Sisi"), person("Sisi's"), "a possessive is not part of the name");
        assertEquals(name("Reuters", EntityType.ORGANIZATION), name("Reuters’", EntityType.ORGANIZATION));
        assertEquals("person:APRN", person("O'Brien"), "an apostrophe inside a name joins it");
    }

    @Test
    void aNicknameTheExtractorKnowsMeetsItsFormalName() {
        assertEquals(person("William Clinton"), person("Bill Clinton"));
        assertNotEquals(person("Hillary Clinton"), person("Bill Clinton"));
    }

    @Test
    void peopleWhoShareASurnameKeepTheirOwnKeys() {
        assertNotEquals(person("Jeb Bush"), person("George Bush"));
        assertNotEquals(person("Christian Lange"), person("Christina Lange"));
        assertEquals(person("George Bush"), person("George W. Bush"), "a middle initial is not the first name");
    }

    @Test
    void aFamilyNameWrittenFirstIsTheSurname() {
        assertEquals("person:PN", person("Ban"));
        assertTrue(person("Ban Ki-moon").startsWith("person:PN."), person("Ban Ki-moon"));
        assertNotEquals(person("Kim Jong-un"), person("Kim Jong-il"));
    }

    @Test
    void anInitialTakesTheOneFirstNameTheArticleGivesThatSurname() {
        List<String> k = keys.keys(List.of(entity("J. Kerry", EntityType.PERSON), entity("John Kerry",
                EntityType.PERSON), entity("Barack Obama", EntityType.PERSON)));
        assertEquals(k.get(1), k.get(0));
        assertEquals("person:KR", person("J. Kerry"), "alone, an initial does not say which Kerry");
    }

    @Test
    void anInitialOrASurnameTheArticleLeavesAmbiguousStaysTheSurnameAlone() {
        List<String> k = keys.keys(List.of(entity("George Bush", EntityType.PERSON), entity("Jeb Bush",
                EntityType.PERSON), entity("Bush", EntityType.PERSON), entity("J. Bush", EntityType.PERSON)));
        assertEquals("person:PX", k.get(2), "two Bushes: a bare Bush cannot be told");
        assertEquals(k.get(1), k.get(3), "but J. is Jeb, not George");
    }

    @Test
    void aSurnameMentionOfTheSameEntityGivesWayToItsFullName() {
        EntityRecord kerry = new EntityRecord("e1", "Kerry", EntityType.PERSON,
                List.of(new Mention("Kerry", 0, 5), new Mention("John Kerry", 20, 30)), 2, 1.0);
        assertEquals(person("John Kerry"), keys.keys(List.of(kerry)).get(0));
    }

    @Test
    void organisationsFoldArticlesPunctuationLegalFormsAndListedAliases() {
        assertEquals(name("United Nations", EntityType.ORGANIZATION), name("the U.N.", EntityType.ORGANIZATION));
        assertEquals(name("United Nations", EntityType.ORGANIZATION), name("UN", EntityType.ORGANIZATION));
        assertEquals(name("Apple", EntityType.ORGANIZATION), name("Apple Inc.", EntityType.ORGANIZATION));
        assertEquals(name("Al Jazeera", EntityType.ORGANIZATION), name("Al-Jazeera", EntityType.ORGANIZATION));
        assertEquals(name("Societe Generale", EntityType.ORGANIZATION),
                name("Société Générale", EntityType.ORGANIZATION));
        assertNotEquals(name("Bank of England", EntityType.ORGANIZATION),
                name("Bank of Ireland", EntityType.ORGANIZATION));
        assertEquals("org:ATANDT", name("AT&T Inc.", EntityType.ORGANIZATION));
    }

    @Test
    void placesFoldCaseAccentsApostrophesAndDoubledLetters() {
        assertEquals("loc:CAIRO", name("CAIRO", EntityType.LOCATION));
        assertEquals(name("Sanaa", EntityType.LOCATION), name("Sana'a", EntityType.LOCATION));
        assertEquals(name("Cote d'Ivoire", EntityType.LOCATION), name("Côte d’Ivoire", EntityType.LOCATION));
        assertEquals(name("United States", EntityType.LOCATION), name("U.S.", EntityType.LOCATION));
        assertEquals(name("Gaza", EntityType.LOCATION), name("the Gaza Strip", EntityType.LOCATION));
        assertNotEquals(name("Mexico", EntityType.LOCATION), name("Mexico City", EntityType.LOCATION));
        assertNotEquals(name("Oman", EntityType.LOCATION), name("Amman", EntityType.LOCATION));
        assertNotEquals(name("Niger", EntityType.LOCATION), name("Nigeria", EntityType.LOCATION));
    }

    @Test
    void theTypeIsPartOfTheKey() {
        assertEquals("misc:WORLDCUP", name("World Cup", EntityType.MISC));
        assertNotEquals(name("Jordan", EntityType.PERSON), name("Jordan", EntityType.LOCATION));
    }

    @Test
    void everyKeyIsUrlPathSafeEvenForNamesThatAreHardlyNames() {
        List<String> odd = List.of("Mr.", "–", "???", "O'Brien", "3M", "Jean-Claude Van Damme", "al-", "A.",
                "Ni Hao/Yes", "Ōtsuka", "Anne-Marie", "  ", "J.");
        for (EntityType type : EntityType.values()) {
            for (String name : odd) {
                String key = keys.keys(List.of(entity(name, type))).get(0);
                assertTrue(FORMAT.matcher(key).matches(), () -> "'" + name + "' " + type + " gave " + key);
            }
        }
    }

    @Test
    void keysArePureTheSameArticleGivesTheSameKeysWhateverTheOrder() {
        List<EntityRecord> article = new ArrayList<>(List.of(entity("George Bush", EntityType.PERSON),
                entity("J. Bush", EntityType.PERSON), entity("Jeb Bush", EntityType.PERSON),
                entity("the U.N.", EntityType.ORGANIZATION), entity("Kerry", EntityType.PERSON)));
        List<String> first = keys.keys(article);
        assertEquals(first, new EntityKeys().keys(article));
        List<EntityRecord> reversed = new ArrayList<>(article);
        Collections.reverse(reversed);
        List<String> reversedKeys = new ArrayList<>(keys.keys(reversed));
        Collections.reverse(reversedKeys);
        assertEquals(first, reversedKeys);
    }

    @Test
    void withKeysChangesNothingButTheKey() {
        EntityRecord e = entity("John Kerry", EntityType.PERSON);
        EntityRecord keyed = keys.withKeys(List.of(e)).get(0);
        assertEquals(new EntityRecord(e.id(), e.name(), e.type(), e.mentions(), e.count(), e.salience(),
                "person:KR.JN"), keyed);
    }

    private String person(String name) {
        return name(name, EntityType.PERSON);
    }

    private String name(String name, EntityType type) {
        return keys.keys(List.of(entity(name, type))).get(0);
    }

    private static EntityRecord entity(String name, EntityType type) {
        return new EntityRecord("e1", name, type, List.of(new Mention(name, 0, name.length())), 1, 1.0);
    }
}
