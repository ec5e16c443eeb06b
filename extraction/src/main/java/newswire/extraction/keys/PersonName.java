package newswire.extraction.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's name cut into the two parts a key is made of, folded: the surname ("SISI" from "President Abdel
 * Fattah al-Sisi") and the first given name, if the name has one ("ABDELFATTAH"). Titles before the name, particles
 * before the surname and suffixes after it are dropped; a given name of one letter is kept as an initial.
 *
 * @param surname the surname's letters, hyphenated parts joined ("MUMBYCROFT"); never empty
 * @param given   the first given name with any particle glued on ("ABDELFATTAH" from "Abd el-Fattah"), the formal name
 *                of a listed nickname ("WILLIAM" for "Bill"), or empty
 */
record PersonName(String surname, Optional<String> given) {

    /** the one given-name head that takes the following particle into the name */
    private static final String BOUND_HEAD = "ABD";

    /** False for no given name and for an initial: "J." is for the article to resolve, not a name to key on. */
    boolean hasFullGiven() {
        return given.isPresent() && given.get().length() > 1;
    }

    /** The parts of a name as written; empty when nothing of it is a name ("Mr."). */
    static Optional<PersonName> parse(String written, KeyLexicons lexicons) {
        List<Word> words = words(written);
        dropSuffixes(words, lexicons);
        words = afterTitles(words, lexicons);
        List<Word> named = withoutInnerParticles(words, lexicons);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (named.size() == 2 && named.get(1).isAsianGivenName()) {
            // "Ban Ki-moon", "Kim Jong-un": the family name comes first
            return Optional.of(new PersonName(named.get(0).joined(), Optional.of(named.get(1).joined())));
        }
        String surname = surname(named.get(named.size() - 1), lexicons);
        if (named.size() == 1) {
            return Optional.of(new PersonName(surname, Optional.empty()));
        }
        return Optional.of(new PersonName(surname, Optional.of(given(words, lexicons))));
    }

    /** One written word: its text as written (for its case) and its folded hyphen parts. */
    private record Word(String written, List<String> parts) {

        String joined() {
            return String.join("", parts);
        }

        /** "Ki-moon", "Jong-un": a hyphenated word whose second part is written in lower case. */
        boolean isAsianGivenName() {
            int hyphen = written.indexOf('-');
            return parts.size() == 2 && hyphen > 0 && hyphen + 1 < written.length()
                    && Character.isLowerCase(written.charAt(hyphen + 1));
        }

        boolean writtenLowerCase() {
            return Character.isLowerCase(written.codePointAt(0));
        }
    }

    private static List<Word> words(String written) {
        List<Word> words = new ArrayList<>();
        for (String w : written.strip().split("[\\s,]+")) {
            List<String> parts = FoldedText.parts(w);
            if (!parts.isEmpty()) {
                words.add(new Word(w, parts));
            }
        }
        return words;
    }

    private static void dropSuffixes(List<Word> words, KeyLexicons lexicons) {
        while (words.size() > 1 && lexicons.suffixes().contains(words.get(words.size() - 1).joined())) {
            words.remove(words.size() - 1);
        }
    }

    /**
     * The words after the last title word, never dropping the last word ("John Major" keeps "Major"): "US Secretary of
     * State John Kerry" and "Former Egyptian President Mohammed Morsi" keep their last two words.
     */
    private static List<Word> afterTitles(List<Word> words, KeyLexicons lexicons) {
        int lastTitle = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            Word w = words.get(i);
            // "al-Sisi" and "el-Fattah" are written in lower case and are names; "former" is not
            boolean particle = lexicons.particles().contains(w.parts().get(0));
            boolean title = lexicons.titles().contains(w.written()) || lexicons.titles().contains(w.joined());
            if (title || w.joined().equals("OF") || w.writtenLowerCase() && !particle) {
                lastTitle = i;
            }
        }
        return new ArrayList<>(words.subList(lastTitle + 1, words.size()));
    }

    /** "Tamim bin Hamad Al Thani": particles between the first word and the surname are not names. */
    private static List<Word> withoutInnerParticles(List<Word> words, KeyLexicons lexicons) {
        List<Word> named = new ArrayList<>(words);
        for (int i = named.size() - 2; i >= 1; i--) {
            if (named.get(i).parts().stream().allMatch(p -> lexicons.particles().contains(p))) {
                named.remove(i);
            }
        }
        // "al Sisi" written in lower case: the particle is not a given name
        if (named.size() == 2 && named.get(0).writtenLowerCase()
                && lexicons.particles().contains(named.get(0).joined())) {
            named.remove(0);
        }
        return named;
    }

    /** The last word without its leading particles: "el-Sissi" to "SISSI", "Mumby-Croft" to "MUMBYCROFT". */
    private static String surname(Word last, KeyLexicons lexicons) {
        List<String> parts = last.parts();
        int first = 0;
        while (first < parts.size() - 1 && lexicons.particles().contains(parts.get(first))) {
            first++;
        }
        return String.join("", parts.subList(first, parts.size()));
    }

    /**
     * The first given name. "Abd" ("servant of") is never said alone: with its particle and the name after it, it is
     * one given name however it is spaced, so "Abd el-Fattah", "Abdel-Fattah", "Abdel Fattah" and "Abdelfattah" all
     * give "ABDELFATTAH", and "Abdel Aziz" meets "Abdelaziz" but not "Abdel Fattah". A listed nickname gives its
     * formal name ("BILL" to "WILLIAM").
     */
    private static String given(List<Word> words, KeyLexicons lexicons) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            parts.addAll(words.get(i).parts());
        }
        String name = parts.get(0);
        int next = 1;
        if (name.equals(BOUND_HEAD) && parts.size() > next && lexicons.particles().contains(parts.get(next))) {
            name += parts.get(next++);
        }
        if (isBoundHeadWithParticle(name, lexicons) && parts.size() > next) {
            name += parts.get(next);
        }
        return lexicons.nicknames().canonicalOf(name).map(FoldedText::plain).orElse(name);
    }

    /** "ABDEL", "ABDUL", "ABDAL": the head and its particle, still waiting for the name they belong to. */
    private static boolean isBoundHeadWithParticle(String name, KeyLexicons lexicons) {
        return name.startsWith(BOUND_HEAD) && name.length() > BOUND_HEAD.length()
                && lexicons.particles().contains(name.substring(BOUND_HEAD.length()));
    }
}
