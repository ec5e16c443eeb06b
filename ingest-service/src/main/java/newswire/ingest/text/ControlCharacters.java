package newswire.ingest.text;

/**
 * Removes the C0 control characters (U+0000..U+001F) other than tab, line feed and carriage return, and DEL (U+007F).
 *
 * <p>Why strip rather than reject: feeds and scrapers routinely leak stray NULs, form feeds or vertical tabs into
 * otherwise good articles, and refusing the whole article for an invisible byte helps nobody. Stripping happens
 * before publishing, so every character offset computed downstream refers to the text that is on the topic.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isStripped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /** The text without stripped characters; the same instance when there is nothing to strip (the usual case). */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int first = firstStripped(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStripped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstStripped(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isStripped(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
