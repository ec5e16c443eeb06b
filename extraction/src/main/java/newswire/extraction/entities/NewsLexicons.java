package newswire.extraction.entities;

/** Every word list the entity rules consult, loaded once (see the README beside the lists). */
record NewsLexicons(Lexicon personTitles, Lexicon titleModifiers, Lexicon portfolios, Lexicon demonyms,
                    Lexicon locations, Lexicon locationAliases, Lexicon orgAliases, Lexicon orgSuffixes,
                    Lexicon orgHeads, Lexicon orgRoles, Lexicon facilityWords, Lexicon nicknames,
                    Lexicon nonNames) {

    private static final NewsLexicons DEFAULT = new NewsLexicons(
            Lexicon.load("person-titles.txt"), Lexicon.load("title-modifiers.txt"), Lexicon.load("portfolios.txt"),
            Lexicon.load("demonyms.txt"), Lexicon.load("locations.txt"), Lexicon.load("location-aliases.txt"),
            Lexicon.load("org-aliases.txt"), Lexicon.load("org-suffixes.txt"), Lexicon.load("org-heads.txt"),
            Lexicon.load("org-roles.txt"), Lexicon.load("facility-words.txt"), Lexicon.load("nicknames.txt"),
            Lexicon.load("non-names.txt"));

    static NewsLexicons standard() {
        return DEFAULT;
    }

    /** A country, city, region or feature, by any of its listed names ("Ivory Coast", "U.S."). */
    boolean isPlace(String phrase) {
        return locations.contains(phrase) || locationAliases.contains(phrase);
    }

    /** A word of a person's title: "President", "Mr", "Prime", "Secretary-General". */
    boolean isTitleWord(String word) {
        return personTitles.contains(word) || titleModifiers.contains(word);
    }
}
