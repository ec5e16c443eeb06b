package newswire.extraction.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Mention;
import newswire.extraction.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One linguistic case per test, each on a sentence of our own: what a newsroom expects of the entity records. */
class NewsEntityExtractorTest {

    private static NlpPipeline pipeline;
    private final NewsEntityExtractor extractor = new NewsEntityExtractor();

    @BeforeAll
    static void loadModels() {
        pipeline = new NlpPipeline();
    }

    @Test
    void aTitleIsCutOffTheNameAndIsNoOrganisation() {
        List<EntityRecord> found = extract("Secretary of State Maria Lindqvist arrived in Oslo on Monday.");
        EntityRecord person = only(found, "Maria Lindqvist");
        assertEquals(EntityType.PERSON, person.type());
        assertTrue(find(found, "State").isEmpty(), "the portfolio of a title is not an organisation: " + found);
    }

    @Test
    void aBodyNamedForItsCountryIsAnOrganisation() {
        List<EntityRecord> found = extract("The charity Kidney Care UK said waiting lists had doubled.");
        assertEquals(EntityType.ORGANIZATION, only(found, "Kidney Care UK").type());
    }

    @Test
    void aDatelineInCapitalsDoesNotNameThePlace() {
        List<EntityRecord> found = extract("LISBON (Newswire) - Ministers met in Lisbon on Friday.");
        EntityRecord city = only(found, "Lisbon");
        assertEquals(EntityType.LOCATION, city.type());
        assertEquals(Set.of("LISBON", "Lisbon"), texts(city));
    }

    @Test
    void aTitleAloneIsNoName() {
        List<EntityRecord> found = extract("The Taoiseach said the President would visit next week, "
                + "and the Prime Minister agreed.");
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON), found::toString);
    }

    @Test
    void aSurnameAndAnHonorificFormJoinTheFullName() {
        List<EntityRecord> found = extract("Finance Minister Peter Hallworth presented the budget on Tuesday. "
                + "Hallworth said taxes would fall. Mr. Hallworth later left for Brussels.");
        EntityRecord person = only(found, "Peter Hallworth");
        assertEquals(Set.of("Peter Hallworth", "Hallworth"), texts(person));
        assertEquals(3, person.count());
        assertEquals(1, found.stream().filter(e -> e.type() == EntityType.PERSON).count(), found::toString);
    }

    @Test
    void anAcronymTheArticleSpellsOutIsTheSameOrganisation() {
        List<EntityRecord> found = extract("The Progressive Farmers Alliance (PFA) won ten seats. "
                + "Leaders of the PFA celebrated in Nairobi.");
        EntityRecord party = only(found, "Progressive Farmers Alliance");
        assertEquals(EntityType.ORGANIZATION, party.type());
        assertTrue(texts(party).contains("PFA"), party::toString);
    }

    @Test
    void anAcronymForATitleIsPartOfNoName() {
        List<EntityRecord> found = extract("Gunmen attacked the Deputy Inspector General of Police (DIG), "
                + "Musa Bello, near Kano. The DIG Bello escaped unhurt.");
        EntityRecord person = only(found, "Musa Bello");
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(2, person.count(), person::toString);
        assertTrue(find(found, "DIG").isEmpty() && find(found, "DIG Bello").isEmpty(), found::toString);
    }

    @Test
    void everyFormOfTheUnitedStatesIsOnePlace() {
        List<EntityRecord> found = extract("U.S. officials met in Geneva. The United States will send aid, "
                + "and US diplomats will follow.");
        EntityRecord us = only(found, "United States");
        assertEquals(EntityType.LOCATION, us.type());
        assertEquals(Set.of("U.S.", "United States", "US"), texts(us));
    }

    @Test
    void nationalitiesAreNotPlaces() {
        List<EntityRecord> found = extract("Egyptian mediators met Palestinians and American envoys in Cairo.");
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.LOCATION && !e.name().equals("Cairo")),
                found::toString);
        assertEquals(EntityType.LOCATION, only(found, "Cairo").type());
    }

    @Test
    void aNameAfterATitleIsAPersonWhateverTheTaggerSaid() {
        List<EntityRecord> found = extract("UN Secretary-General Ban Ki-moon flew to Cairo. "
                + "Ban met the foreign minister there.");
        EntityRecord ban = only(found, "Ban Ki-moon");
        assertEquals(EntityType.PERSON, ban.type());
        assertEquals(Set.of("Ban Ki-moon", "Ban"), texts(ban));
    }

    @Test
    void aFullNameAfterATitleIsKeptWhole() {
        List<EntityRecord> found = extract("Turkish Prime Minister Recep Tayyip Erdogan criticised the plan.");
        assertEquals(EntityType.PERSON, only(found, "Recep Tayyip Erdogan").type());
    }

    @Test
    void aNameBeforeACompanyRoleIsTheCompany() {
        List<EntityRecord> found = extract("Veltrona CEO Dana Whitfield resigned on Friday. "
                + "Veltrona shares fell 12% after the news.");
        EntityRecord company = only(found, "Veltrona");
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals(2, company.count(), company::toString);
        assertEquals(EntityType.PERSON, only(found, "Dana Whitfield").type());
    }

    @Test
    void aShortFormOfAnOrganisationJoinsItsFullName() {
        List<EntityRecord> found = extract("The Bank of Ruritania raised rates. The Bank said inflation was high.");
        EntityRecord bank = only(found, "Bank of Ruritania");
        assertEquals(EntityType.ORGANIZATION, bank.type());
        assertEquals(2, bank.count(), bank::toString);
    }

    @Test
    void aKnownNicknameJoinsThePersonItShortens() {
        List<EntityRecord> found = extract("Jury members convicted Robert Kellerman on Monday. "
                + "\"Bob was a good neighbour,\" his sister said.");
        EntityRecord person = only(found, "Robert Kellerman");
        assertTrue(texts(person).contains("Bob"), person::toString);
    }

    @Test
    void recordsAreNumberedByFirstMentionWithExactOffsetsAndBoundedSalience() {
        String body = "Angela Brandt visited Lisbon. Brandt praised Portugal, and Brandt left Lisbon on Sunday.";
        List<EntityRecord> found = extract(body);
        for (int i = 0; i < found.size(); i++) {
            EntityRecord e = found.get(i);
            assertEquals("e" + (i + 1), e.id());
            assertEquals(e.mentions().size(), e.count());
            assertTrue(e.salience() >= 0 && e.salience() <= 1, e::toString);
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), body.substring(m.start(), m.end()));
            }
            if (i > 0) {
                assertTrue(found.get(i - 1).mentions().get(0).start() < e.mentions().get(0).start());
            }
        }
        assertEquals("Angela Brandt", found.get(0).name());
        assertTrue(found.get(0).salience() > only(found, "Portugal").salience(), found::toString);
    }

    private List<EntityRecord> extract(String text) {
        return extractor.extract(pipeline.annotate(text));
    }

    @Test
    void aLocalGovernmentTitleIsCutOffTheName() {
        List<EntityRecord> found = extract("Committee chair Cllr Anna Pryce said the plan was approved. "
                + "Alderman Tom Reddy voted against it.");
        assertEquals(EntityType.PERSON, only(found, "Anna Pryce").type());
        assertEquals(EntityType.PERSON, only(found, "Tom Reddy").type());
    }

    @Test
    void anAdjectiveThatCanOpenATitleStaysInAnOrganisationName() {
        List<EntityRecord> found = extract("The case was investigated by the Federal Bureau of Investigation "
                + "and the National Bank of Ruritania.");
        assertEquals(EntityType.ORGANIZATION, only(found, "Federal Bureau of Investigation").type());
        assertTrue(find(found, "Bureau of Investigation").isEmpty(), found::toString);
    }

    private static Optional<EntityRecord> find(List<EntityRecord> found, String name) {
        return found.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static EntityRecord only(List<EntityRecord> found, String name) {
        List<EntityRecord> named = found.stream().filter(e -> e.name().equals(name)).toList();
        assertEquals(1, named.size(), () -> "one record named " + name + " in " + found);
        return named.get(0);
    }

    private static Set<String> texts(EntityRecord e) {
        return e.mentions().stream().map(Mention::text).collect(Collectors.toSet());
    }
}
