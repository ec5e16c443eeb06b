package newswire.stories.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Kafka Streams is RUNNING: during a rebalance or a restore the stores cannot answer, and after
 * a fatal error (state ERROR) they never will, so traffic should go to another instance.
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    private final KafkaStreams streams;

    public StreamsReadiness(KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        return HealthCheckResponse.named("Kafka Streams stores queryable").status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name()).build();
    }
}
