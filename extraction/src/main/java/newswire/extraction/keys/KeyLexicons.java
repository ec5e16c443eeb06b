package newswire.extraction.keys;

/**
 * The word lists a key consults: the entity extractor's own lexicons for titles, nicknames and aliases (so the key
 * folds what the extractor already knows), and short lists of its own (more titles, particles, suffixes, legal
 * forms, place designators).
 * None of them lists spelling variants: those are left to the phonetic code.
 */
record KeyLexicons(WordList titles, WordList particles, WordList suffixes, WordList legalForms,
                   WordList placeDesignators, WordList nicknames, WordList aliases) {

    private static final String ENTITIES = "/newswire/extraction/entities/";
    private static final String KEYS = "/newswire/extraction/keys/";

    private static final KeyLexicons STANDARD = new KeyLexicons(
            WordList.load(ENTITIES + "person-titles.txt", ENTITIES + "title-modifiers.txt",
                    ENTITIES + "portfolios.txt", KEYS + "person-titles.txt"),
            WordList.load(KEYS + "name-particles.txt"),
            WordList.load(KEYS + "name-suffixes.txt"),
            WordList.load(KEYS + "legal-forms.txt"),
            WordList.load(KEYS + "place-designators.txt"),
            WordList.load(ENTITIES + "nicknames.txt"),
            WordList.load(ENTITIES + "location-aliases.txt", ENTITIES + "org-aliases.txt"));

    static KeyLexicons standard() {
        return STANDARD;
    }
}
