package newswire.stories.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import org.junit.jupiter.api.Test;

class EntityKeysTest {

    @Test
    void aSurnameOnlyKeyAttachesToTheSingleFullKeyOfThatSurname() {
        Map<String, String> canonical = EntityKeys.canonical(List.of("person:KRY", "person:KRY.JN", "org:UN"));
        assertEquals("person:KRY.JN", canonical.get("person:KRY"));
        assertEquals("person:KRY.JN", canonical.get("person:KRY.JN"));
        assertEquals("org:UN", canonical.get("org:UN"));
    }

    @Test
    void aSurnameOnlyKeyStaysAloneWhenTwoPeopleShareTheSurname() {
        Map<String, String> canonical = EntityKeys.canonical(
                List.of("person:KRY", "person:KRY.JN", "person:KRY.TRS"));
        assertEquals("person:KRY", canonical.get("person:KRY"));
    }

    @Test
    void anEventWithoutKeysFallsBackToTheNormalisedName() {
        assertEquals("person:MORSI", EntityKeys.keyOf(
                new EntityRecord("e1", "Mohammed Morsi", EntityType.PERSON, List.of(), 1, 0.5)));
        assertEquals("org:UNITED-NATIONS", EntityKeys.keyOf(
                new EntityRecord("e2", "United Nations", EntityType.ORGANIZATION, List.of(), 1, 0.5)));
        assertEquals("loc:SAO-PAULO", EntityKeys.keyOf(
                new EntityRecord("e3", "São Paulo", EntityType.LOCATION, List.of(), 1, 0.5)));
    }
}
