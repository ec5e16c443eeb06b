package newswire.stories.streams;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The plain Kafka clients of the service (topic creation, the live feed) connect like its Kafka Streams clients:
 * same bootstrap servers, same security settings ({@code kafka-streams.security.*}, {@code sasl.*}, {@code ssl.*}).
 */
final class KafkaClientConfig {

    private static final String PREFIX = "kafka-streams.";

    private KafkaClientConfig() {
    }

    static Map<String, Object> of(Config all, String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        for (String name : all.getPropertyNames()) {
            if (name.startsWith(PREFIX + "security.") || name.startsWith(PREFIX + "sasl.")
                    || name.startsWith(PREFIX + "ssl.")) {
                all.getOptionalValue(name, String.class).ifPresent(v -> config.put(name.substring(PREFIX.length()), v));
            }
        }
        config.put("bootstrap.servers", bootstrap);
        return config;
    }
}
