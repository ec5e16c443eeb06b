package newswire.extraction.entities;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules the entity extractor applies on top of the tagger, each one switchable so that what it is worth can be
 * measured: {@code bin/evaluate --ablate-entity-rules} scores the gold sets with each rule off in turn. A rule stays
 * on only when it pays on CoNLL-2003 (mention level) and on the dev set (document level); see {@link #ON}.
 */
public enum EntityRule {
    /** nationalities, weekdays and portfolios of a title ("State" of "Secretary of State") are no names */
    DROP_NON_NAMES,
    /** titles are cut off the name and make it a person: "President Barack Obama" */
    CUT_TITLES,
    /** a span that is a listed place or organisation alias takes that type */
    LEXICON_TYPES,
    /** a non-person span ending in an organisation word is an organisation: "Rovers United" */
    ORG_SUFFIX_TYPES,
    /** a name followed by a facility word is a place: "FNB Stadium" */
    FACILITIES,
    /** a broadcaster's number belongs to its name: "NBC 26" */
    NUMBERED_CHANNELS,
    /** the capitalised words after a person's title are a person the tagger missed: "coach Ana Ferreira" */
    TITLED_PERSONS,
    /** capitalised runs ending in an organisation word or opening "X of": "Queen's University", "Bank of England" */
    ORGANISATION_NAMES,
    /** the capitalised place that opens one of the first two lines is a dateline: "CAIRO (Reuters) -" */
    DATELINES,
    /** untagged words that are listed places */
    GAZETTEER_PLACES,
    /** a name right before an organisation's role noun is an organisation: "Halvorsen CEO" */
    ORGS_BEFORE_ROLES,
    /** the same name joins one entity although mentions were given different types, unless the tagger was sure of
     * both: the entity takes the majority type */
    JOIN_ACROSS_TYPES,
    /** an acronym joins the entity it abbreviates: "UN" and "United Nations" */
    JOIN_ACRONYMS,
    /** part of a person's name joins that person: "Kerry" after "John Kerry" */
    JOIN_NAME_PARTS,
    /** one name beginning the other of the same type joins it: "Gaza" and "Gaza Strip" */
    JOIN_PREFIXES,
    /** a one-letter typo of a long one-word name joins it: "Abijan" and "Abidjan" */
    JOIN_TYPOS,
    /** a listed nickname joins the one person with that first name: "Jim" and "James Hale" */
    JOIN_NICKNAMES,
    /** untagged repeats of a known name become its mentions: "Ban" after "Ban Ki-moon" */
    REPEATED_MENTIONS;

    /** The rules the production extractor applies: all that paid on both sets (see the class comment). */
    public static final Set<EntityRule> ON = EnumSet.allOf(EntityRule.class);
}
