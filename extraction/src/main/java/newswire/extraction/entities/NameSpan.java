package newswire.extraction.entities;

import newswire.contract.EntityType;

/** Tokens {@code first} (inclusive) to {@code last} (exclusive) taken for one mention of a name. */
record NameSpan(int first, int last, EntityType type, Evidence evidence) {

    int length() {
        return last - first;
    }

    boolean overlaps(NameSpan other) {
        return first < other.last && other.first < last;
    }

    NameSpan withType(EntityType newType, Evidence newEvidence) {
        return new NameSpan(first, last, newType, newEvidence);
    }
}
