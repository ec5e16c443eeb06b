package newswire.extraction.keys;

/**
 * Which {@link NameCode} writes each part of a key. {@link #STANDARD} is the one measured best on the variant pairs
 * (see {@code EntityKeyPairsTest}); the others exist to be measured against it.
 *
 * @param surname how a person's surname is written
 * @param given   how a person's first given name is written
 * @param name    how each word of an organisation's, place's or other name is written
 */
public record KeyCoding(NameCode surname, NameCode given, NameCode name) {

    public static final KeyCoding STANDARD =
            new KeyCoding(NameCode.DOUBLE_METAPHONE_FULL, NameCode.DOUBLE_METAPHONE_FULL, NameCode.SPELLING);
}
