package newswire.stories;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import newswire.stories.grouping.GroupingConfig;

/** The story service's own settings (env: NEWSWIRE_STORIES_WINDOW, NEWSWIRE_STORIES_THRESHOLD, ...). */
@ConfigMapping(prefix = "newswire.stories")
public interface StoriesConfig {

    /** An article joins a story only if published within this distance of the story's span. */
    @WithDefault("P3D")
    Duration window();

    /** Minimum match score in [0,1] to join a story rather than found one. */
    @WithDefault("0.30")
    double threshold();

    /** Partitions of the story and speaker repartition topics and of {@code stories} when created here. */
    @WithDefault("4")
    int partitions();

    /** How long a story's members and article assignments are kept after its last article. */
    @WithDefault("P30D")
    Duration retention();

    /** Size of an article's term vector. */
    @WithDefault("40")
    int maxTerms();

    /** Entities below this salience are not evidence of the topic. */
    @WithDefault("0.05")
    double minSalience();

    /** Buffer per live-stream client; a slower client loses the oldest updates it has not read. */
    @WithDefault("256")
    int streamBufferSize();

    default GroupingConfig grouping() {
        return new GroupingConfig(window(), threshold(), maxTerms(), minSalience());
    }
}
