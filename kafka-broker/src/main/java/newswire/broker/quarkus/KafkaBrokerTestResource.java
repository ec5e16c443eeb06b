package newswire.broker.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import newswire.broker.KafkaBroker;
import newswire.broker.KafkaBrokerConfig;
import newswire.broker.NewswireTopics;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker (no Docker needed) with the product's topics, and points the
 * application's Kafka clients at it. Tests can reach the broker through {@link #broker()}.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    public static KafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        try {
            broker = KafkaBroker.start(KafkaBrokerConfig.forTests());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.createTopics(NewswireTopics.all());
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }
}
