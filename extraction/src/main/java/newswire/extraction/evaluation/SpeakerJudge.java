package newswire.extraction.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a matched quote's predicted speaker is the gold speaker: score.py's {@code speaker_ok} and
 * {@code speaker_verdict}. Gold with a source span (PolNeAR) is judged by three rules, any of which suffices:
 * {@code span} (the predicted speaker's own span overlaps the source span), {@code name} (the name rules accept the
 * predicted name against the source text) and {@code last} (the last word of the predicted name is the last
 * capitalised word of the source, or of its head). Older gold, without spans, is judged by the name rules alone.
 */
final class SpeakerJudge {

    /** A verdict and the rule that gave it ({@code span}, {@code name}, {@code last}); no rule when wrong. */
    record Verdict(boolean right, String rule) {
        static final Verdict WRONG = new Verdict(false, null);
    }

    /** determiners and pronouns are capitalised at a sentence start but name nobody */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "this", "that", "these", "those", "some", "many", "other", "others", "he", "she", "they", "it", "we", "i");
    /** where the head of a source phrase ends: "Rep. Jim Clyburn (D-S.C.), the assistant leader" */
    private static final Pattern HEAD_END = Pattern.compile(",|\\(|—|–| -- | - | who | which | whose ");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private final Map<String, Set<String>> goldForms;
    private final List<JsonNode> predEntities;
    private final PythonOffsets offsets;

    SpeakerJudge(Map<String, Set<String>> goldForms, List<JsonNode> predEntities, PythonOffsets offsets) {
        this.goldForms = goldForms;
        this.predEntities = predEntities;
        this.offsets = offsets;
    }

    Verdict verdict(GoldArticle.Quote gold, JsonNode predQuote) {
        PredictedSpeaker sp = PredictedSpeaker.of(predQuote);
        Span source = gold.speakerSpan();
        if (source == null || gold.speaker() == null) {
            boolean ok = nameRules(gold, sp, false);
            return ok ? new Verdict(true, "name") : Verdict.WRONG;
        }
        if (pointsInto(sp, source)) {
            return new Verdict(true, "span");
        }
        if (EventFields.isEmpty(sp.name()) || ScoreWords.isPronoun(sp.name())) {
            return Verdict.WRONG;
        }
        if (nameRules(gold, sp, true)) {
            return new Verdict(true, "name");
        }
        return lastWordRule(gold.speaker(), sp.name()) ? new Verdict(true, "last") : Verdict.WRONG;
    }

    private boolean pointsInto(PredictedSpeaker sp, Span source) {
        if (sp.start() == null || sp.end() == null || !offsets.isBoundary(sp.start())
                || !offsets.isBoundary(sp.end())) {
            return false;
        }
        return new Span(offsets.toPython(sp.start()), offsets.toPython(sp.end())).intersects(source);
    }

    /** score.py's {@code speaker_ok}; with {@code dropPronouns} a pronoun form never counts as a name. */
    private boolean nameRules(GoldArticle.Quote gold, PredictedSpeaker sp, boolean dropPronouns) {
        String gs = gold.speaker();
        String gk = gold.speakerKind();
        if (gs == null || "UNKNOWN".equals(gk)) {
            // nobody spoke, or nobody can tell who: right only when no one is named either
            return EventFields.isEmpty(sp.name()) || sp.kind().equals("UNKNOWN");
        }
        if (EventFields.isEmpty(sp.name())) {
            return false;
        }
        Set<String> candidates = candidates(sp);
        if (dropPronouns) {
            candidates.removeIf(ScoreWords::isPronoun);
        }
        if (("PERSON".equals(gk) || "ORGANIZATION".equals(gk)) && goldForms.containsKey(gs)) {
            return namesTheEntity(candidates, gs);
        }
        return sharesMostWords(candidates, gs);
    }

    /** The folded name and text of the speaker, and every form of the predicted entity it points to. */
    private Set<String> candidates(PredictedSpeaker sp) {
        Set<String> candidates = new HashSet<>();
        candidates.add(ScoreWords.fold(sp.name()));
        if (!EventFields.isEmpty(sp.text())) {
            candidates.add(ScoreWords.fold(sp.text()));
        }
        if (sp.entityId() != null) {
            for (JsonNode e : predEntities) {
                if (sp.entityId().equals(e.get("id"))) {
                    candidates.addAll(EntityForms.ofPredicted(e));
                }
            }
        }
        return candidates;
    }

    /** Any gold alias, or a shorter form of the full name that keeps its last word ("Tayyip Erdogan"). */
    private boolean namesTheEntity(Set<String> candidates, String goldName) {
        for (String c : candidates) {
            if (goldForms.get(goldName).contains(c)) {
                return true;
            }
        }
        List<String> full = PythonText.split(ScoreWords.fold(goldName));
        for (String c : candidates) {
            List<String> cw = PythonText.split(c);
            if (!c.isEmpty() && new HashSet<>(full).containsAll(cw)
                    && PythonText.last(cw).equals(PythonText.last(full))) {
                return true;
            }
        }
        return false;
    }

    /** For a description (or a name the gold does not list): one word set holds the other, or half are shared. */
    private static boolean sharesMostWords(Set<String> candidates, String goldPhrase) {
        Set<String> gw = new HashSet<>(ScoreWords.words(goldPhrase));
        for (String c : candidates) {
            Set<String> cw = new HashSet<>(PythonText.split(c));
            cw.removeAll(ScoreWords.STOP);
            if (gw.isEmpty() || cw.isEmpty()) {
                continue;
            }
            Set<String> shared = new HashSet<>(gw);
            shared.retainAll(cw);
            Set<String> all = new HashSet<>(gw);
            all.addAll(cw);
            if (cw.containsAll(gw) || gw.containsAll(cw) || (double) shared.size() / all.size() >= 0.5) {
                return true;
            }
        }
        return false;
    }

    /** The predicted name's last word is the last capitalised word of the source or of its head. */
    private static boolean lastWordRule(String source, String predictedName) {
        List<String> predicted = PythonText.split(ScoreWords.fold(predictedName));
        if (predicted.isEmpty()) {
            return false;
        }
        Matcher headEnd = HEAD_END.matcher(source);
        String head = headEnd.find() ? source.substring(0, headEnd.start()) : source;
        String last = PythonText.last(predicted);
        return last.equals(lastCapitalised(source)) || last.equals(lastCapitalised(head));
    }

    /**
     * The folded last word of the last capitalised token that is not a determiner or pronoun, without a
     * possessive 's and trailing dots; null when there is none. Tokens are score.py's
     * {@code [^\W\d_][\w’'.\-]*}: a letter, then word characters, apostrophes, dots and hyphens.
     */
    static String lastCapitalised(String s) {
        String lastToken = null;
        for (String t : tokens(s == null ? "" : s)) {
            String folded = ScoreWords.fold(t);
            if (Character.isUpperCase(t.codePointAt(0)) && !folded.isEmpty()
                    && !NOT_NAMES.contains(PythonText.split(folded).get(0))) {
                lastToken = t;
            }
        }
        if (lastToken == null) {
            return null;
        }
        String last = stripTrailingDots(POSSESSIVE_END.matcher(lastToken).replaceFirst(""));
        List<String> f = PythonText.split(ScoreWords.fold(last));
        return f.isEmpty() ? null : PythonText.last(f);
    }

    private static List<String> tokens(String s) {
        List<String> tokens = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!startsToken(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < s.length() && continuesToken(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            tokens.add(s.substring(start, i));
        }
        return tokens;
    }

    /** {@code [^\W\d_]}: a word character that is neither a decimal digit nor an underscore */
    private static boolean startsToken(int cp) {
        return PythonText.isWordChar(cp) && !PythonText.isDecimal(cp) && cp != '_';
    }

    /** {@code [\w’'.\-]} */
    private static boolean continuesToken(int cp) {
        return PythonText.isWordChar(cp) || cp == '’' || cp == '\'' || cp == '.' || cp == '-';
    }

    private static String stripTrailingDots(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
