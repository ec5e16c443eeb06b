package newswire.extraction.entities;

/**
 * Why a span was taken for a name, strongest first. Decisive evidence fixes the entity's type against the
 * tagger's votes: a title before a name makes a person, a gazetteer hit a place, an organisation word an
 * organisation.
 */
enum Evidence {
    /** "President Barack Obama": a person's title right before the name */
    TITLE(3, true),
    /** "Bank of England", "Queen’s University": an organisation head or suffix word */
    ORG_NAME(2, true),
    /** "Halvorsen CEO", "Rovers United coach": followed by an organisation's role noun */
    ORG_ROLE(2, true),
    /** "FNB Stadium": ends in a facility word */
    FACILITY(2, true),
    /** "CAIRO (Reuters) -": the place a story was filed from, in capitals at the start of its first lines */
    DATELINE(2, true),
    /** a country, city, region or feature from the lexicon */
    GAZETTEER(2, true),
    /** the CRF named-entity tagger */
    TAGGER(1, false),
    /** another occurrence of a name already found ("Ban" after "Ban Ki-moon") */
    REPEATED(0, false);

    final int rank;
    final boolean decisive;

    Evidence(int rank, boolean decisive) {
        this.rank = rank;
        this.decisive = decisive;
    }
}
