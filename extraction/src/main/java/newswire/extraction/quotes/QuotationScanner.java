package newswire.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import newswire.extraction.quotes.QuoteMarks.Family;
import newswire.extraction.quotes.QuoteMarks.Role;

/**
 * Finds the spans between quotation marks, paragraph by paragraph, the way a careful reader pairs them:
 * a mark closes the open quotation of its family (“…" counts, sloppy sites mix glyphs), a new opening mark of an
 * open family ends the old quotation where the writer forgot to close it, a quotation still open at the end of a
 * paragraph runs to that end and carries on into the next one (multi-paragraph quotations), and a mark that
 * opens nothing before the line ends is dropped (the stray “ after ”). Quotations nested in another family are
 * part of the outer one. One pass over the text: linear time, memory bounded by the marks of one paragraph.
 */
final class QuotationScanner {

    /** An open quotation: its family, opening mark (-1 when carried over) and first quoted character. */
    private record Frame(Family family, int openMark, int contentStart, boolean continuation) {
    }

    List<QuoteSpan> scan(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        Family carried = null;
        int paragraph = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            carried = new ParagraphScan(text, start, end, paragraph, carried, spans).run();
            paragraph++;
            start = end + 1;
        }
        return spans;
    }

    /** The state of one paragraph's scan. */
    private static final class ParagraphScan {
        private final String text;
        private final int start;
        private final int end;
        private final int paragraph;
        private final Family carried;
        private final List<QuoteSpan> out;
        private final Frame[] stack = new Frame[Family.values().length];
        private int depth;

        ParagraphScan(String text, int start, int end, int paragraph, Family carried, List<QuoteSpan> out) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.paragraph = paragraph;
            this.carried = carried;
            this.out = out;
        }

        /** Scans the paragraph; returns the family of a quotation left open at its end, or null. */
        Family run() {
            int[] pos = markPositions();
            int n = pos.length;
            Family[] family = new Family[n];
            Role[] role = new Role[n];
            for (int k = 0; k < n; k++) {
                family[k] = QuoteMarks.family(text.charAt(pos[k]));
                role[k] = QuoteMarks.role(text, pos[k]);
            }
            int[] nextStrongClose = nextSingle(pos, family, role, true);
            int[] nextOpen = nextSingle(pos, family, role, false);
            int first = firstNonSpace();
            if (carried != null && !(first < end && QuoteMarks.isMark(text.charAt(first)))) {
                if (!resumeCarried(family, role)) {
                    return null;
                }
                if (depth == 0) {
                    return carried; // the whole paragraph was quoted
                }
            }
            for (int k = 0; k < n; k++) {
                if (role[k] == Role.NONE) {
                    continue;
                }
                int i = pos[k];
                Family f = family[k];
                int at = indexOf(f);
                if (at >= 0) {
                    if (role[k] == Role.OPEN) {
                        close(at, i);            // the writer forgot the closing mark: a new quotation starts
                        push(f, i, false);
                    } else if (f == Family.SINGLE && QuoteMarks.isWeakSingleClose(text, i)
                            && nextStrongClose[k] < nextOpen[k]) {
                        continue;               // "Jones’ car": a possessive, the real closing mark comes later
                    } else {
                        close(at, i);
                    }
                } else if (role[k] != Role.CLOSE) {
                    push(f, i, carried != null && i == first);
                }
            }
            return finishParagraph(first);
        }

        /**
         * The previous paragraph ended inside a quotation and this one does not open with a mark. Either the
         * quotation goes on and closes here (a closing mark comes before any opening one), or the paragraph has
         * no marks of that family but speaks in the first person (a quoted paragraph whose marks were dropped),
         * or the quotation simply lacked its closing mark and this paragraph is narrative.
         */
        private boolean resumeCarried(Family[] family, Role[] role) {
            for (int k = 0; k < family.length; k++) {
                if (family[k] != carried || role[k] == Role.NONE) {
                    continue;
                }
                if (role[k] == Role.OPEN) {
                    return false;
                }
                stack[depth++] = new Frame(carried, -1, start, true);
                return true;
            }
            if (speaksInFirstPerson()) {
                emit(start, end, -1, -1, true);
                return true;
            }
            return false;
        }

        private Family finishParagraph(int first) {
            if (depth == 0) {
                return null;
            }
            Frame outer = stack[0];
            depth = 0;
            // an unclosed straight ' is more likely an apostrophe than a quotation running to the line's end
            boolean plausible = outer.family != Family.SINGLE || outer.openMark == first && first >= 0
                    && text.charAt(first) != '\'' || outer.openMark < 0;
            if (plausible && emit(outer.contentStart, end, outer.openMark, -1, outer.continuation)) {
                return outer.family;
            }
            return null;
        }

        private void push(Family f, int mark, boolean continuation) {
            if (depth < stack.length) {
                stack[depth++] = new Frame(f, mark, mark + 1, continuation);
            }
        }

        /** Closes the frame at {@code at} and everything nested in it; the outermost one becomes a span. */
        private void close(int at, int mark) {
            Frame frame = stack[at];
            depth = at;
            if (at == 0) {
                emit(frame.contentStart, mark, frame.openMark, mark, frame.continuation);
            }
        }

        private int indexOf(Family f) {
            for (int d = depth - 1; d >= 0; d--) {
                if (stack[d].family == f) {
                    return d;
                }
            }
            return -1;
        }

        /** Adds the span once trimmed, if it holds words at all. */
        private boolean emit(int from, int to, int openMark, int closeMark, boolean continuation) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            int letters = 0;
            for (int i = from; i < to && letters < 2; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    letters++;
                }
            }
            if (letters < 2) {
                return false;
            }
            out.add(new QuoteSpan(from, to, openMark, closeMark, paragraph, continuation));
            return true;
        }

        private int[] markPositions() {
            int count = 0;
            for (int i = start; i < end; i++) {
                if (QuoteMarks.isMark(text.charAt(i))) {
                    count++;
                }
            }
            int[] pos = new int[count];
            int k = 0;
            for (int i = start; i < end; i++) {
                if (QuoteMarks.isMark(text.charAt(i))) {
                    pos[k++] = i;
                }
            }
            return pos;
        }

        /** For each mark, the index of the next single-family strong closing (or opening) mark; n when none. */
        private int[] nextSingle(int[] pos, Family[] family, Role[] role, boolean strongClose) {
            int n = pos.length;
            int[] next = new int[n];
            int seen = n;
            for (int k = n - 1; k >= 0; k--) {
                next[k] = seen;
                if (family[k] != Family.SINGLE) {
                    continue;
                }
                boolean hit = strongClose
                        ? role[k] == Role.CLOSE && !QuoteMarks.isWeakSingleClose(text, pos[k])
                        : role[k] == Role.OPEN;
                if (hit) {
                    seen = k;
                }
            }
            return next;
        }

        private int firstNonSpace() {
            int i = start;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** "I", "we", "my", "our", "us", "you": the voice of a quotation, not of a news report. */
        private boolean speaksInFirstPerson() {
            int i = start;
            while (i < end) {
                while (i < end && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int w = i;
                while (i < end && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (w < i && isFirstOrSecondPerson(text.substring(w, i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isFirstOrSecondPerson(String word) {
            return switch (word) {
                case "I", "we", "We", "my", "My", "our", "Our", "us", "me", "you", "You", "your", "Your" -> true;
                default -> false;
            };
        }
    }
}
