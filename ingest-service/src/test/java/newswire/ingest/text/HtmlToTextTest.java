package newswire.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    @Test
    void paragraphsBecomeSingleNewlines() {
        String html = "<p>The council met on Monday.</p>\n\n<p>\"It is a good day,\" said the mayor.</p>";
        assertEquals("The council met on Monday.\n\"It is a good day,\" said the mayor.", HtmlToText.toText(html));
    }

    @Test
    void headingsListItemsAndLineBreaksEachStartALine() {
        String html = "<h1>Budget</h1><div>First line<br>second line</div><ul><li>one</li><li>two</li></ul>";
        assertEquals("Budget\nFirst line\nsecond line\none\ntwo", HtmlToText.toText(html));
    }

    @Test
    void inlineMarkupKeepsTheSentenceTogetherAndSourceWhitespaceCollapses() {
        String html = "<p>Mayor <b>Jane   Doe</b>\n   said <a href=\"/x\">it</a>.</p>";
        assertEquals("Mayor Jane Doe said it.", HtmlToText.toText(html));
    }

    @Test
    void entitiesAreDecodedAndNonBreakingSpacesAreSpaces() {
        assertEquals("AT&T said \u201cyes\u201d \u2014 twice.",
                HtmlToText.toText("<p>AT&amp;T said &ldquo;yes&rdquo;&nbsp;&mdash; twice.</p>"));
    }

    @Test
    void scriptsStylesAndCommentsAreNotText() {
        String html = "<html><head><title>Page</title><style>p{color:red}</style></head><body>"
                + "<script>var x = 1;</script><!-- ad slot --><p>Only this.</p><noscript>Enable JS</noscript>"
                + "</body></html>";
        assertEquals("Only this.", HtmlToText.toText(html));
    }

    @Test
    void preformattedTextKeepsItsLineBreaks() {
        assertEquals("Table:\na 1\nb 2", HtmlToText.toText("<p>Table:</p><pre>a 1\nb 2</pre>"));
    }

    @Test
    void detectsMarkupButNotProseWithAngleBrackets() {
        assertTrue(HtmlToText.looksLikeHtml("<p>Hello</p>"));
        assertTrue(HtmlToText.looksLikeHtml("Line one<br/>line two"));
        assertTrue(HtmlToText.looksLikeHtml("<DIV class=\"story\">x</DIV>"));
        assertTrue(HtmlToText.looksLikeHtml("<!DOCTYPE html><html></html>"));
        assertFalse(HtmlToText.looksLikeHtml("Inflation < 2% and growth > 1%, said the bank."));
        assertFalse(HtmlToText.looksLikeHtml("Reporting by <Reuters> and <AP>."));
        assertFalse(HtmlToText.looksLikeHtml("AT&amp;T is not markup on its own."));
        assertFalse(HtmlToText.looksLikeHtml("plain text"));
    }

    @Test
    void titlesStayOnOneLine() {
        assertEquals("Budget passes after long night", HtmlToText.toSingleLine("<b>Budget</b> passes<br>after long night"));
    }
}
