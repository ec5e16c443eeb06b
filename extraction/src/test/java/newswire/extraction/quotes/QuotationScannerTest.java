package newswire.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the scanner pairs quotation marks: one test per way newsrooms write (and mistype) them. */
class QuotationScannerTest {

    private final QuotationScanner scanner = new QuotationScanner();

    private List<String> quoted(String text) {
        return scanner.scan(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void straightDoubleMarks() {
        assertEquals(List.of("We will win,"), quoted("\"We will win,\" the coach said."));
    }

    @Test
    void curlyDoubleMarks() {
        assertEquals(List.of("We will win."), quoted("The coach said: “We will win.”"));
    }

    @Test
    void britishSingleMarksAroundAPartialQuote() {
        assertEquals(List.of("drop everything"), quoted("She said they would ‘drop everything’ to help."));
    }

    @Test
    void guillemets() {
        assertEquals(List.of("Nous gagnerons"), quoted("Il a dit « Nous gagnerons » hier."));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "‘We don’t know Israel’s plan for the ’90s or Jones’ car,’ he said.";
        assertEquals(List.of("We don’t know Israel’s plan for the ’90s or Jones’ car,"), quoted(text));
    }

    @Test
    void straightApostrophesInsideAQuotation() {
        assertEquals(List.of("It's Jim's, not the students' car,"),
                quoted("\"It's Jim's, not the students' car,\" she said."));
    }

    @Test
    void multiParagraphQuotationIsOneSpanPerParagraph() {
        String text = "He said: “First paragraph.\n“Second paragraph.\n“Last one,” he added.";
        List<QuoteSpan> spans = scanner.scan(text);
        assertEquals(List.of("First paragraph.", "Second paragraph.", "Last one,"), quoted(text));
        assertTrue(spans.get(0).openEnded());
        assertTrue(spans.get(1).continuation() && spans.get(1).openEnded());
        assertTrue(spans.get(2).continuation() && !spans.get(2).openEnded());
    }

    @Test
    void strayOpeningMarkAfterTheClosingOneIsIgnored() {
        String text = "“This is very complicated.”“\nAmong the complexities is Hamas.";
        assertEquals(List.of("This is very complicated."), quoted(text));
    }

    @Test
    void forgottenClosingMarkEndsWhereTheNextQuotationOpens() {
        String text = "Cowans said: \"It was a surprise. \"We got on very well.\"";
        assertEquals(List.of("It was a surprise.", "We got on very well."), quoted(text));
    }

    @Test
    void mixedGlyphsStillPair() {
        assertEquals(List.of("return to play"), quoted("They decided his “return to play\" should wait."));
    }

    @Test
    void continuedParagraphWithoutOpeningMarkRunsFromItsStart() {
        String text = "“The player is ruled out.\nThis decision is a precaution,\" the board said.";
        assertEquals(List.of("The player is ruled out.", "This decision is a precaution,"), quoted(text));
    }

    @Test
    void unmarkedFirstPersonParagraphInsideAMultiParagraphQuotation() {
        String text = "He fumed: “It was bad.\nWe are lucky it was not worse.\n“I didn’t recognise my team.”";
        assertEquals(List.of("It was bad.", "We are lucky it was not worse.", "I didn’t recognise my team."),
                quoted(text));
    }

    @Test
    void narrativeParagraphAfterAnUnclosedQuotationIsNotQuoted() {
        String text = "He said: “It was bad.\nThe club later issued a statement.";
        assertEquals(List.of("It was bad."), quoted(text));
    }

    @Test
    void nestedQuotationBelongsToTheOuterOne() {
        String text = "“They called it ‘a disaster’ on air,” she said.";
        assertEquals(List.of("They called it ‘a disaster’ on air,"), quoted(text));
    }

    @Test
    void doubledApostrophesAreDoubleMarks() {
        String text = "She said ''we were told, 'wait,' and we waited.'' Then she left.";
        assertEquals(List.of("we were told, 'wait,' and we waited."), quoted(text));
    }

    @Test
    void doubledApostrophesCloseAfterAnInnerSingleMark() {
        String text = "He asked: ''Why did nobody say 'stop'?'' and sat down.";
        assertEquals(List.of("Why did nobody say 'stop'?"), quoted(text));
    }

    @Test
    void curlyQuotationInsideAStraightOneBelongsToIt() {
        String text = "He read: \"The sign said “closed.” So we went home.\" That was all.";
        assertEquals(List.of("The sign said “closed.” So we went home."), quoted(text));
    }

    @Test
    void nestedQuotationInAParagraphThatRunsOn() {
        String text = "\"HOST: It was like an episode of “The Apprentice.” And then\n\"it ended,\" he said.";
        assertEquals(List.of("HOST: It was like an episode of “The Apprentice.” And then", "it ended,"),
                quoted(text));
    }

    @Test
    void interruptedQuotationIsTwoSpans() {
        assertEquals(List.of("First,", "second."), quoted("\"First,\" he said, \"second.\""));
    }

    @Test
    void fiftyThousandMarksInOneParagraphScanInLinearTime() {
        String text = "\"ab\" ".repeat(25_000) + "\"unclosed";
        List<QuoteSpan> spans = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> scanner.scan(text));
        assertEquals(25_001, spans.size());
    }

    @Test
    void fiveMegabyteArticleScansQuickly() {
        String paragraph = "“We don’t expect it will be easy,” one official said of the ’90s deal. ";
        String text = (paragraph.repeat(20) + "\n").repeat(5_000_000 / (paragraph.length() * 20) + 1);
        List<QuoteSpan> spans = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> scanner.scan(text));
        assertEquals(20 * (5_000_000 / (paragraph.length() * 20) + 1), spans.size());
    }
}
