package newswire.ingest.text;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML article into the plain text the extractor reads: markup, scripts and styles go, entities are decoded,
 * and every paragraph, heading, list item or line break becomes exactly one newline.
 *
 * <p>This runs before publishing, so the character offsets of entities and quotes computed downstream refer to the
 * text that is on the topic, not to the HTML the client sent.
 */
public final class HtmlToText {

    /**
     * A start or end tag of a common HTML element, a comment or a doctype. Deliberately narrow: {@code a < b > c}
     * or {@code <Reuters>} in plain prose must not be mistaken for markup and mangled.
     */
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "(?i)<(?:!--|!doctype\\s+html|/?(?:html|head|body|p|br|hr|div|span|a|b|i|u|s|em|strong|small|sub|sup|"
                    + "h[1-6]|ul|ol|li|dl|dt|dd|blockquote|q|cite|pre|code|table|thead|tbody|tfoot|tr|td|th|"
                    + "article|section|header|footer|main|aside|nav|figure|figcaption|img|picture|source|time|"
                    + "abbr|mark|script|style|noscript|iframe|meta|link|title)(?:\\s[^<>]*)?/?>)");

    /** Content that is never article text. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas";

    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private HtmlToText() {
    }

    public static boolean looksLikeHtml(String text) {
        return text != null && HTML_MARKUP.matcher(text).find();
    }

    /** Plain text, one line per block (paragraph, heading, list item, {@code <br>}), without blank lines. */
    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select(NOT_TEXT).remove();
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, document.body());
        return collector.lines();
    }

    /** The text on a single line, for titles. */
    public static String toSingleLine(String html) {
        return toText(html).replace('\n', ' ');
    }

    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int preformattedDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.normalName().equals("pre")) {
                    preformattedDepth++;
                }
                if (element.normalName().equals("br") || element.isBlock()) {
                    out.append('\n');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("pre")) {
                    preformattedDepth--;
                }
                if (element.isBlock()) {
                    out.append('\n');
                }
            }
        }

        private void appendText(String text) {
            String spaced = text.replace('\u00A0', ' ');
            if (preformattedDepth > 0) {
                out.append(spaced.replace("\r\n", "\n").replace('\r', '\n'));
            } else {
                // outside <pre>, any run of whitespace (newlines included) is one space in HTML
                out.append(spaced.replaceAll("\\s+", " "));
            }
        }

        /** Strips every line and drops the empty ones, so a paragraph break is exactly one newline. */
        String lines() {
            StringBuilder text = new StringBuilder(out.length());
            for (String line : out.toString().split("\n")) {
                String clean = RUNS_OF_SPACES.matcher(line.strip()).replaceAll(" ");
                if (!clean.isEmpty()) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(clean);
                }
            }
            return text.toString();
        }
    }
}
