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
 * part of the outer one, and so is one nested in the other style of the same family when both close in turn
 * ("He read: “No.” Then he left" inside straight marks). The doubled apostrophe of NYT style ('') is a double
 * mark. One pass over the text: linear time, memory bounded by the marks of one paragraph.
 */
final class QuotationScanner {

    /**
     * An open quotation: its family, the style of its opening mark, the opening mark (-1 when carried over) and
     * the first quoted character.
     */
    private record Frame(Family family, Style style, int openMark, int contentStart, boolean continuation) {
    }

    /** How a double mark is drawn: a nested quotation is told from a restarted one by a change of style. */
    private enum Style { STRAIGHT, CURLY, DOUBLED_APOSTROPHE, OTHER }

    /** One quotation mark of a paragraph: where it starts, how many characters it takes, and what it does. */
    private record Mark(int at, int width, Family family, Role role, Style style) {
        int last() {
            return at + width - 1;
        }
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
        private final Frame[] stack = new Frame[Family.values().length + 1];
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
            List<Mark> marks = marks();
            int n = marks.size();
            int[] nextStrongClose = nextSingle(marks, true);
            int[] nextOpen = nextSingle(marks, false);
            int[][] nextClose = nextDoubleClose(marks);
            int first = firstNonSpace();
            if (carried != null && !(first < end && QuoteMarks.isMark(text.charAt(first)))) {
                if (!resumeCarried(marks)) {
                    return null;
                }
                if (depth == 0) {
                    return carried; // the whole paragraph was quoted
                }
            }
            for (int k = 0; k < n; k++) {
                Mark m = marks.get(k);
                if (m.role() == Role.NONE) {
                    continue;
                }
                Family f = m.family();
                int nested = f == Family.DOUBLE ? indexOfNested(m.style()) : -1;
                if (nested >= 0 && m.role() != Role.OPEN) {
                    depth = nested; // the inner quotation closes; the outer one goes on
                    continue;
                }
                int at = indexOf(f);
                if (at >= 0) {
                    if (m.role() == Role.OPEN) {
                        if (f == Family.DOUBLE && nestsIn(stack[at], m, k, nextClose)) {
                            pushNested(m);
                            continue;
                        }
                        close(at, m.at());      // the writer forgot the closing mark: a new quotation starts
                        push(m, false);
                    } else if (f == Family.SINGLE && QuoteMarks.isWeakSingleClose(text, m.at())
                            && nextStrongClose[k] < nextOpen[k]) {
                        continue;               // "Jones’ car": a possessive, the real closing mark comes later
                    } else {
                        close(at, m);
                    }
                } else if (m.role() != Role.CLOSE) {
                    push(m, carried != null && m.at() == first);
                }
            }
            return finishParagraph(first);
        }

        /**
         * An opening double mark of another style inside an open double quotation is a quotation within it when a
         * closing mark of its own style follows, and after that one a closing mark of the outer style.
         */
        private static boolean nestsIn(Frame outer, Mark m, int k, int[][] nextClose) {
            if (outer.style() == m.style() || outer.style() == Style.OTHER || m.style() == Style.OTHER) {
                return false;
            }
            int n = nextClose[0].length;
            int innerClose = nextClose[m.style().ordinal()][k];
            if (innerClose >= n) {
                return false;
            }
            // the outer quotation closes after the inner one, or runs on to the paragraph's end without a mark of
            // its style (a multi-paragraph quotation: “PENCE: … an episode of “Shark Tank.” But …)
            return nextClose[outer.style().ordinal()][innerClose] < n || nextClose[outer.style().ordinal()][k] >= n;
        }

        /** For each mark and style, the index of the next double mark of that style that can close; n when none. */
        private static int[][] nextDoubleClose(List<Mark> marks) {
            int n = marks.size();
            int[][] next = new int[Style.values().length][n];
            for (Style style : Style.values()) {
                int seen = n;
                for (int k = n - 1; k >= 0; k--) {
                    next[style.ordinal()][k] = seen;
                    Mark m = marks.get(k);
                    if (m.family() == Family.DOUBLE && m.style() == style && m.role() != Role.OPEN
                            && m.role() != Role.NONE) {
                        seen = k;
                    }
                }
            }
            return next;
        }

        /**
         * The previous paragraph ended inside a quotation and this one does not open with a mark. Either the
         * quotation goes on and closes here (a closing mark comes before any opening one), or the paragraph has
         * no marks of that family but speaks in the first person (a quoted paragraph whose marks were dropped),
         * or the quotation simply lacked its closing mark and this paragraph is narrative.
         */
        private boolean resumeCarried(List<Mark> marks) {
            for (Mark m : marks) {
                if (m.family() != carried || m.role() == Role.NONE) {
                    continue;
                }
                if (m.role() == Role.OPEN) {
                    return false;
                }
                stack[depth++] = new Frame(carried, m.style(), -1, start, true);
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
            boolean plausible = outer.family() != Family.SINGLE || outer.openMark() == first && first >= 0
                    && text.charAt(first) != '\'' || outer.openMark() < 0;
            if (plausible && emit(outer.contentStart(), end, outer.openMark(), -1, outer.continuation())) {
                return outer.family();
            }
            return null;
        }

        private void push(Mark m, boolean continuation) {
            if (depth < stack.length) {
                stack[depth++] = new Frame(m.family(), m.style(), m.at(), m.at() + m.width(), continuation);
            }
        }

        private void pushNested(Mark m) {
            if (depth < stack.length) {
                stack[depth++] = new Frame(null, m.style(), m.at(), m.at() + m.width(), false);
            }
        }

        /** Closes the frame at {@code at} and everything nested in it; the outermost one becomes a span. */
        private void close(int at, Mark closing) {
            Frame frame = stack[at];
            depth = at;
            if (at == 0) {
                emit(frame.contentStart(), closing.at(), frame.openMark(), closing.last(), frame.continuation());
            }
        }

        /** Closes the frame at {@code at} where a new quotation opens at {@code mark} without a closing mark. */
        private void close(int at, int mark) {
            Frame frame = stack[at];
            depth = at;
            if (at == 0) {
                emit(frame.contentStart(), mark, frame.openMark(), mark, frame.continuation());
            }
        }

        private int indexOf(Family f) {
            for (int d = depth - 1; d >= 0; d--) {
                if (stack[d].family() == f) {
                    return d;
                }
            }
            return -1;
        }

        /** The innermost nested double quotation of this style, or -1. */
        private int indexOfNested(Style style) {
            for (int d = depth - 1; d >= 0; d--) {
                if (stack[d].family() == null && stack[d].style() == style) {
                    return d;
                }
                if (stack[d].family() == Family.DOUBLE) {
                    return -1;
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

        /** The paragraph's marks; two apostrophes in a row are one double mark (NYT style ''). */
        private List<Mark> marks() {
            List<Mark> marks = new ArrayList<>();
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (!QuoteMarks.isMark(c)) {
                    continue;
                }
                // three in a row close a single quotation and then a doubled one: "lives.'''"
                boolean tripled = i + 2 < end && text.charAt(i + 1) == '\'' && text.charAt(i + 2) == '\'';
                if (c == '\'' && !tripled && i + 1 < end && text.charAt(i + 1) == '\'') {
                    marks.add(new Mark(i, 2, Family.DOUBLE, QuoteMarks.doubledRole(text, i), Style.DOUBLED_APOSTROPHE));
                    i++;
                    continue;
                }
                Family f = QuoteMarks.family(c);
                Style style = c == '"' ? Style.STRAIGHT : c == '\u201C' || c == '\u201D' ? Style.CURLY : Style.OTHER;
                marks.add(new Mark(i, 1, f, QuoteMarks.role(text, i), f == Family.DOUBLE ? style : Style.OTHER));
            }
            return marks;
        }

        /** For each mark, the index of the next single-family strong closing (or opening) mark; n when none. */
        private int[] nextSingle(List<Mark> marks, boolean strongClose) {
            int n = marks.size();
            int[] next = new int[n];
            int seen = n;
            for (int k = n - 1; k >= 0; k--) {
                next[k] = seen;
                Mark m = marks.get(k);
                if (m.family() != Family.SINGLE) {
                    continue;
                }
                boolean hit = strongClose
                        ? m.role() == Role.CLOSE && !QuoteMarks.isWeakSingleClose(text, m.at())
                        : m.role() == Role.OPEN;
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
