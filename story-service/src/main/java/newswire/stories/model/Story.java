package newswire.stories.model;

import java.util.List;

/**
 * A story as published on the compacted topic {@code stories} (key = {@link #id()}): a pure function of its
 * members' digests.
 *
 * @param firstPublishedAt the earliest member's publishedAt, as the outlet gave it
 * @param lastPublishedAt  the latest member's publishedAt
 * @param lastMillis       the latest member's publishedAt in epoch millis, for ordering
 * @param outlets          the distinct sources, in order of first report
 * @param speakers         quotes grouped by the speaker's (merged) entity key
 */
public record Story(String id, String title, String firstPublishedAt, String lastPublishedAt, long lastMillis,
                    List<StoryArticle> articles, List<String> outlets, List<StoryEntity> entities,
                    List<SpeakerQuotes> speakers) {
}
