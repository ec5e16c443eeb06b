package newswire.stories.streams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys of the {@code speaker-quotes} store: one entry per quotation, {@code <speaker key>/<story id>/<quote id>}.
 * Entity keys and story ids never contain {@code /}, so the prefix {@code <speaker key>/} finds exactly one
 * speaker's quotes (a prefix scan) and {@code <speaker key>/<story id>/} one story's quotes by that speaker.
 */
public final class SpeakerQuoteKeys {

    private static final char SEPARATOR = '/';

    private SpeakerQuoteKeys() {
    }

    public static String speakerPrefix(String speakerKey) {
        return speakerKey + SEPARATOR;
    }

    static String storyPrefix(String speakerKey, String storyId) {
        return speakerPrefix(speakerKey) + storyId + SEPARATOR;
    }

    /** The quote id is a hash of the quotation's text: within a story a speaker's quotations differ by text. */
    static String of(String speakerKey, String storyId, String quoteText) {
        return storyPrefix(speakerKey, storyId) + quoteId(quoteText);
    }

    private static String quoteId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
