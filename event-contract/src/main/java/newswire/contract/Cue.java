package newswire.contract;

/** The words that attribute a quote: "said", "told reporters", "according to", a colon lead-in. */
public record Cue(String text, int start, int end) {
}
