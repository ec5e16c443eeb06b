package newswire.ingest.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import newswire.ingest.IngestConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means "an article sent now can be published": the broker answers and the articles topic exists.
 * Asked on every readiness probe, with a short timeout, so it goes DOWN while the broker is unreachable and comes
 * back UP by itself once it is reachable again (the admin client reconnects on its own).
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    static final String NAME = "Kafka broker and articles topic";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    IngestConfig config;

    private Admin admin;

    @PostConstruct
    void start() {
        admin = Admin.create(ClientSettings.forAdmin(kafkaConfig));
    }

    @PreDestroy
    void stop() {
        admin.close(Duration.ofSeconds(2));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("topic", config.topic());
        long timeoutMs = config.readinessTimeout().toMillis();
        try {
            TopicDescription topic = admin.describeTopics(List.of(config.topic()),
                            new DescribeTopicsOptions().timeoutMs((int) timeoutMs))
                    .allTopicNames().get(timeoutMs + 500, TimeUnit.MILLISECONDS).get(config.topic());
            return response.up().withData("partitions", topic.partitions().size()).build();
        } catch (ExecutionException e) {
            String reason = e.getCause() instanceof UnknownTopicOrPartitionException
                    ? "the topic does not exist on the broker"
                    : "the broker did not answer within " + timeoutMs + " ms";
            return response.down().withData("reason", reason).build();
        } catch (java.util.concurrent.TimeoutException e) {
            return response.down().withData("reason", "the broker did not answer within " + timeoutMs + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }
}
