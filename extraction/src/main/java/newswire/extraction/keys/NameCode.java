package newswire.extraction.keys;

import java.util.function.UnaryOperator;
import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.Caverphone2;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.MatchRatingApproachEncoder;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Ways to write one folded name word (upper case A-Z and digits) as the part of a key: Apache Commons Codec's phonetic
 * encoders, and two plain ones to measure them against. Every code is made of [A-Za-z0-9] only. The encoders are
 * configured once here and never changed, so sharing them between threads is safe.
 */
public enum NameCode {
    /** Double Metaphone's primary code, the default four letters: "MORSI" and "MURSI" to "MRS". */
    DOUBLE_METAPHONE(word -> Encoders.SHORT_METAPHONE.doubleMetaphone(word)),
    /** Double Metaphone's primary code, unshortened: "LUKASHENKO" to "LKXNK" rather than "LKXN". */
    DOUBLE_METAPHONE_FULL(word -> Encoders.FULL_METAPHONE.doubleMetaphone(word)),
    NYSIIS(word -> Encoders.NYSIIS.encode(word)),
    /** The Match Rating Approach codex: consonants, the first letter kept even when a vowel ("JOHN" to "JHN"). */
    MATCH_RATING(word -> Encoders.MATCH_RATING.encode(word)),
    CAVERPHONE2(word -> Encoders.CAVERPHONE.encode(word)),
    /**
     * Beider-Morse (approximate, generic names), made for transliterated names; it gives a set of codes, and a key
     * needs one, so the first of the set.
     */
    BEIDER_MORSE_FIRST(word -> Encoders.beiderMorseFirst(word)),
    /** The spelling itself, doubled letters written once ("MOSSUL" to "MOSUL"): no phonetics at all. */
    SPELLING(word -> word.replaceAll("(.)\\1+", "$1")),
    /** The first letter alone: what a key of initials would do. */
    INITIAL(word -> word.substring(0, 1));

    private final UnaryOperator<String> encoder;

    NameCode(UnaryOperator<String> encoder) {
        this.encoder = encoder;
    }

    /** The code of one folded word; a word with digits, or one the encoder has no code for, is kept as spelled. */
    public String encode(String foldedWord) {
        if (foldedWord.isEmpty() || foldedWord.chars().anyMatch(Character::isDigit)) {
            return foldedWord; // "3M", "G20": the phonetic encoders drop digits
        }
        String code = encoder.apply(foldedWord);
        code = code == null ? "" : code.replaceAll("[^A-Za-z0-9]", "");
        return code.isEmpty() ? foldedWord : code;
    }

    /** Encoders are built once, outside the enum constants (which cannot refer to their own static fields). */
    private static final class Encoders {
        static final DoubleMetaphone SHORT_METAPHONE = new DoubleMetaphone();
        static final DoubleMetaphone FULL_METAPHONE = metaphone(32);
        static final Nysiis NYSIIS = new Nysiis(false);
        static final MatchRatingApproachEncoder MATCH_RATING = new MatchRatingApproachEncoder();
        static final Caverphone2 CAVERPHONE = new Caverphone2();
        static final BeiderMorseEncoder BEIDER_MORSE = beiderMorse();

        private static DoubleMetaphone metaphone(int maxLength) {
            DoubleMetaphone encoder = new DoubleMetaphone();
            encoder.setMaxCodeLen(maxLength);
            return encoder;
        }

        private static BeiderMorseEncoder beiderMorse() {
            BeiderMorseEncoder encoder = new BeiderMorseEncoder();
            encoder.setNameType(NameType.GENERIC);
            encoder.setRuleType(RuleType.APPROX);
            return encoder;
        }

        static String beiderMorseFirst(String word) {
            String codes;
            try {
                codes = BEIDER_MORSE.encode(word);
            } catch (EncoderException e) {
                return word;
            }
            int bar = codes.indexOf('|');
            return bar < 0 ? codes : codes.substring(0, bar);
        }
    }
}
