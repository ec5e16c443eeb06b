package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The gold and predicted quotes of one article paired one-to-one, score.py's way: every pair overlapping by at least
 * 80% of the longer span, best overlap first (ties: the later gold quote, then the later prediction, as Python's
 * reverse sort of {@code (overlap, i, j)} tuples orders them). In the short-quote mode, short gold quotes take no
 * part, and unmatched predicted fragments are set aside as neither right nor wrong.
 *
 * @param live    the indices of the gold quotes that count
 * @param matched pairs of gold index and predicted index
 * @param ignored predicted quotes that count neither way
 */
record QuoteMatching(List<Integer> live, List<int[]> matched, Set<Integer> ignored) {

    private static final double SAME_QUOTE = 0.8;

    static QuoteMatching of(List<GoldArticle.Quote> gold, List<JsonNode> predicted, PythonOffsets body,
                            boolean shortMode) {
        List<Span> goldSpans = goldSpans(gold, body);
        List<Span> predSpans = new ArrayList<>();
        for (JsonNode q : predicted) {
            predSpans.add(predictedSpan(q, body));
        }
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!(shortMode && gold.get(i).isShort())) {
                live.add(i);
            }
        }
        List<int[]> matched = pair(live, goldSpans, predSpans);
        Set<Integer> ignored = shortMode
                ? fragments(gold, goldSpans, predicted, predSpans, matched, body) : Set.of();
        return new QuoteMatching(List.copyOf(live), matched, ignored);
    }

    /** The gold span when given, else the first occurrence of the quote's text not taken by an earlier quote. */
    private static List<Span> goldSpans(List<GoldArticle.Quote> quotes, PythonOffsets body) {
        List<Span> spans = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (GoldArticle.Quote q : quotes) {
            if (q.span() != null) {
                spans.add(q.span());
                continue;
            }
            int start = body.find(q.text(), 0);
            while (used.contains(start) && start != -1) {
                start = body.find(q.text(), start + 1);
            }
            used.add(start);
            spans.add(new Span(start, start + PythonOffsets.length(q.text())));
        }
        return spans;
    }

    /** The event's own offsets when they are code point boundaries, else where its text first occurs, else nowhere. */
    static Span predictedSpan(JsonNode q, PythonOffsets body) {
        Integer start = EventFields.offset(q, "start");
        Integer end = EventFields.offset(q, "end");
        if (start != null && end != null && body.isBoundary(start) && body.isBoundary(end)) {
            return new Span(body.toPython(start), body.toPython(end));
        }
        String text = EventFields.text(q, "text");
        int i = EventFields.isEmpty(text) ? -1 : body.find(text, 0);
        return i >= 0 ? new Span(i, i + PythonOffsets.length(text)) : Span.NOWHERE;
    }

    private static List<int[]> pair(List<Integer> live, List<Span> goldSpans, List<Span> predSpans) {
        record Candidate(double overlap, int gold, int pred) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i : live) {
            for (int j = 0; j < predSpans.size(); j++) {
                candidates.add(new Candidate(goldSpans.get(i).overlap(predSpans.get(j)), i, j));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::pred).reversed());
        Set<Integer> goldTaken = new HashSet<>();
        Set<Integer> predTaken = new HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.overlap() < SAME_QUOTE) {
                break;
            }
            if (goldTaken.contains(c.gold()) || predTaken.contains(c.pred())) {
                continue;
            }
            goldTaken.add(c.gold());
            predTaken.add(c.pred());
            matched.add(new int[] {c.gold(), c.pred()});
        }
        return matched;
    }

    /** Unmatched predictions under 3 words, or covering a short gold quote: the same fragment, counted differently. */
    private static Set<Integer> fragments(List<GoldArticle.Quote> gold, List<Span> goldSpans, List<JsonNode> predicted,
                                          List<Span> predSpans, List<int[]> matched, PythonOffsets body) {
        List<Span> shorts = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).isShort()) {
                shorts.add(goldSpans.get(i));
            }
        }
        Set<Integer> predMatched = new HashSet<>();
        matched.forEach(m -> predMatched.add(m[1]));
        Set<Integer> ignored = new HashSet<>();
        for (int j = 0; j < predicted.size(); j++) {
            if (predMatched.contains(j)) {
                continue;
            }
            Span span = predSpans.get(j);
            String text = span.start() >= 0 ? body.slice(span.start(), span.end())
                    : EventFields.firstNonEmpty(EventFields.text(predicted.get(j), "text"), "");
            Span fragment = span;
            if (ScoreWords.nwords(text) < ScoreWords.SHORT_WORDS
                    || shorts.stream().anyMatch(s -> s.overlap(fragment) >= SAME_QUOTE)) {
                ignored.add(j);
            }
        }
        return ignored;
    }
}
