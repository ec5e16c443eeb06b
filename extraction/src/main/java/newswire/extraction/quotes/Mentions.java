package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every phrase outside quotation marks that could be a quotation's source, in text order: pronouns and noun
 * phrases chunked from part-of-speech tags, typed by the named-entity label of their head. Chunks run over
 * possessives ("the Clinton campaign's chairman") and stop at commas, verbs and prepositions, so an appositive
 * ("Scott Pruitt, the attorney general,") gives two mentions, either of which points at the source.
 */
final class Mentions {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which");
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "POS", "PRP$", "FW", "HYPH");
    /** Determiners that start a phrase but do not make a speaker of it on their own: "that", "this" */
    private static final Set<String> NOT_HEADS = Set.of("that", "this", "these", "those", "all", "both", "each");

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow", "tonight");

    private Mentions() {
    }

    static List<Mention> find(TokenView v) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            if (v.quoted(i)) {
                i++;
                continue;
            }
            if (isPronoun(v, i)) {
                found.add(new Mention(i, i, i, Mention.Kind.PRONOUN));
                i++;
                continue;
            }
            int end = i;
            while (end < v.size() && !v.quoted(end) && v.sentence(end) == v.sentence(i) && inPhrase(v, end)) {
                end++;
            }
            int head = lastNoun(v, i, end);
            if (head >= 0 && CALENDAR.contains(v.lower(head))) {
                head = -1; // "Monday", "March": a time, never a source
            }
            if (head >= 0 && parenthetical(v, i, head)) {
                head = -1; // "Paul Whitcomb (R-Ore.)": a note on the name before it, not another speaker
            }
            if (head >= 0) {
                Mention.Kind kind = kindOf(v, i, head);
                found.add(new Mention(i, head, head, kind));
                int qualified = kind == Mention.Kind.DESCRIPTION ? qualifiedUpTo(v, head) : -1;
                if (qualified > head) {
                    found.add(new Mention(i, qualified, head, kind)); // "a source close to the actor", whole
                }
                i = Math.max(head + 1, i + 1);
            } else {
                i = Math.max(end, i + 1);
            }
        }
        return found;
    }

    /**
     * "a source close to the actor", "officials traveling with Kerry", "a spokesman for the council": the last token
     * of the phrase that qualifies a description (an optional adjective or participle, a preposition, a noun phrase),
     * or -1.
     * The description and the words that qualify it are one source: "the actor" is not who spoke.
     */
    private static int qualifiedUpTo(TokenView v, int head) {
        int k = head + 1;
        if (k < v.size() && !v.quoted(k) && (v.pos(k).startsWith("JJ") || v.pos(k).equals("VBG")
                || v.pos(k).equals("VBN"))) {
            k++; // "close to", "familiar with", "traveling with", "briefed on"
        }
        if (k >= v.size() || v.quoted(k) || !v.pos(k).equals("IN") || v.lower(k).equals("that")
                || v.sentence(k) != v.sentence(head)) {
            return -1;
        }
        int end = k + 1;
        while (end < v.size() && !v.quoted(end) && v.sentence(end) == v.sentence(head) && inPhrase(v, end)) {
            end++;
        }
        return lastNoun(v, k + 1, end);
    }

    private static boolean parenthetical(TokenView v, int first, int last) {
        int close = last + 1 < v.size() && v.word(last + 1).equals(".") ? last + 2 : last + 1;
        return first >= 2 && v.word(first - 1).equals("(") && v.isNoun(first - 2)
                && close < v.size() && v.word(close).equals(")");
    }

    private static boolean isPronoun(TokenView v, int i) {
        String p = v.pos(i);
        return (p.equals("PRP") || p.equals("WP") || p.equals("WDT")) && PRONOUNS.contains(v.lower(i));
    }

    private static boolean inPhrase(TokenView v, int i) {
        if (NOT_HEADS.contains(v.lower(i)) && v.pos(i).equals("DT")) {
            return false;
        }
        return NP_TAGS.contains(v.pos(i)) || !v.ner(i).equals("O") && !v.ner(i).equals("MISC");
    }

    private static int lastNoun(TokenView v, int from, int end) {
        for (int k = end - 1; k >= from; k--) {
            if (v.isNoun(k) || v.isPerson(k) || v.isOrganization(k)) {
                return k;
            }
        }
        return -1;
    }

    /** The kind of the entity the head word belongs to; a common head makes a description. */
    private static Mention.Kind kindOf(TokenView v, int first, int head) {
        return switch (v.ner(head)) {
            case "PERSON" -> Mention.Kind.PERSON;
            case "ORGANIZATION" -> Mention.Kind.ORGANIZATION;
            case "LOCATION" -> Mention.Kind.PLACE;
            default -> v.isProperNoun(head) && Character.isUpperCase(v.word(head).charAt(0))
                    ? Mention.Kind.NAME : Mention.Kind.DESCRIPTION;
        };
    }
}
