package newswire.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Which words the gender counts keep, and what the shipped list says of a few first names and nouns. */
class NameGendersTest {

    @Test
    void keepsSingleWordsThatTextReferToAsHeOrSheMostly() throws IOException {
        String counts = String.join("\n",
                "ines\t3 12 0 2",            // she, three times in four and more: kept
                "noah\t563 39 21 8",         // he: kept
                "jamie\t110 100 0 0",        // no clear side: dropped
                "company\t6424 1405 1069160 13393", // mostly "it": not a person's word
                "ines carvalho\t0 5 0 0",    // two words: dropped
                "rohit\t5 0 0 0");           // too rarely seen: dropped
        Map<String, int[]> kept = NameGenders.derive(new ByteArrayInputStream(gzip(counts)));
        assertEquals(2, kept.size(), kept.keySet().toString());
        assertArrayEquals(new int[] {3, 12}, kept.get("ines"));
        assertArrayEquals(new int[] {563, 39}, kept.get("noah"));
    }

    @Test
    void theShippedListKnowsCommonFirstNames() {
        NameGenders genders = NameGenders.standard();
        assertEquals(Genders.Gender.FEMALE, genders.of("Catherine"));
        assertEquals(Genders.Gender.MALE, genders.of("John"));
        assertEquals(Genders.Gender.FEMALE, genders.of("spokeswoman"));
        assertEquals(Genders.Gender.UNKNOWN, genders.of("zzyzx"));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
