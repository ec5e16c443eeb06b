package newswire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void removesC0ControlsAndDelButKeepsTabNewlineAndCarriageReturn() {
        assertEquals("a\tb\nc\r\nd e", ControlCharacters.strip("a\u0000\tb\u0001\nc\r\nd\u000B \u000C\u001Fe\u007F"));
    }

    @Test
    void leavesOtherTextAloneAndUntouchedWhenClean() {
        String clean = "Zoë said “¡hola!” \u00A0 — 😀";
        assertSame(clean, ControlCharacters.strip(clean));
    }
}
