package newswire.ingest.text;

import java.util.OptionalInt;

/**
 * Finds a lone UTF-16 surrogate, which valid UTF-8 bytes can never produce but a JSON escape such as
 * {@code "\ud800"} can. Such a string cannot be written back out as UTF-8, so it must be refused at the door.
 */
public final class UnpairedSurrogates {

    private UnpairedSurrogates() {
    }

    /** The index of the first unpaired surrogate, if any. */
    public static OptionalInt find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return OptionalInt.of(i);
            }
            if (Character.isLowSurrogate(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
