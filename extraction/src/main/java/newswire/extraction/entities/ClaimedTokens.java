package newswire.extraction.entities;

import java.util.List;

/** Which tokens a mention already claims: the later rules only look at the free ones. */
final class ClaimedTokens {

    private final boolean[] claimed;

    ClaimedTokens(TokenView doc, List<NameSpan> spans) {
        this.claimed = new boolean[doc.size()];
        spans.forEach(this::claim);
    }

    void claim(NameSpan span) {
        for (int i = span.first(); i < span.last(); i++) {
            claimed[i] = true;
        }
    }

    boolean isClaimed(int i) {
        return claimed[i];
    }

    /** True when any token of {@code [first, last)} is claimed or lies beyond the text. */
    boolean anyClaimed(int first, int last) {
        for (int i = first; i < last; i++) {
            if (i >= claimed.length || claimed[i]) {
                return true;
            }
        }
        return false;
    }
}
