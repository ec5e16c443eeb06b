package newswire.extract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings; Kafka and HTTP settings are the standard Quarkus/SmallRye ones. */
@ConfigMapping(prefix = "newswire.extract")
public interface ExtractConfig {

    /**
     * Articles enriched at once, each on its own worker thread. Applied through
     * {@code smallrye.messaging.worker.extraction.max-concurrency} in application.properties.
     */
    @WithDefault("2")
    int concurrency();

    /** Longest article body, in Java characters, that is extracted; a longer one is dead-lettered. */
    @WithDefault("1048576")
    int maxBodyChars();

    /** The Server-Sent Events stream. */
    Stream stream();

    interface Stream {
        /** Events held per connected client; when a slow client falls behind, the oldest are dropped. */
        @WithDefault("256")
        int bufferSize();

        /**
         * Whether {@code GET /enriched/stream} needs a key with the read role ({@code Authorization: Bearer <key>}).
         * Off by default; applied through Quarkus' HTTP permission "stream" in application.properties.
         */
        @WithDefault("false")
        boolean requireKey();
    }
}
