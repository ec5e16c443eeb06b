package newswire.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyFormatTest {

    @Test
    void jsonAndNdjsonAreReadInUtf8() {
        assertEquals(Optional.of(BodyFormat.JSON), BodyFormat.of("application/json"));
        assertEquals(Optional.of(BodyFormat.JSON), BodyFormat.of("Application/JSON; charset=UTF-8"));
        assertEquals(Optional.of(BodyFormat.NDJSON), BodyFormat.of("application/x-ndjson"));
        assertEquals(Optional.of(BodyFormat.NDJSON), BodyFormat.of("application/jsonl"));
    }

    @Test
    void anythingElseIsUnsupported() {
        assertTrue(BodyFormat.of(null).isEmpty());
        assertTrue(BodyFormat.of("").isEmpty());
        assertTrue(BodyFormat.of("text/plain").isEmpty());
        assertTrue(BodyFormat.of("application/x-www-form-urlencoded").isEmpty());
        assertTrue(BodyFormat.of("application/json; charset=ISO-8859-1").isEmpty());
    }
}
