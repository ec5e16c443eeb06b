package newswire.contract;

/**
 * Who said a quote.
 *
 * @param name     the entity's canonical name, or the description as written ("a senior official"); null when UNKNOWN
 * @param entityId the {@link EntityRecord#id()} when the speaker is a named entity
 * @param start    offset of the speaker's mention that attributes the quote (may be a pronoun), or null
 * @param end      end of that mention, or null
 */
public record Speaker(String name, SpeakerKind kind, String entityId, Integer start, Integer end) {

    public static final Speaker UNKNOWN = new Speaker(null, SpeakerKind.UNKNOWN, null, null, null);
}
