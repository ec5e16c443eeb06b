package newswire.ingest.kafka;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings of this service's Kafka clients, built from Quarkus' {@code default-kafka-broker} configuration: every
 * {@code kafka.*} property and {@code KAFKA_*} environment variable (bootstrap servers, {@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}, timeouts...). So TLS and SASL are set exactly as for any Quarkus Kafka application.
 *
 * <p>Keys that belong only to another kind of client (say {@code group.id}, which Quarkus adds for consumers) are
 * left out so that Kafka does not warn about unused settings; keys Kafka does not know at all are kept, because
 * custom login or SSL plugins read their own keys.
 */
public final class ClientSettings {

    /** What makes "202 Accepted" mean stored: every in-sync replica has the record, written exactly once. */
    static final Map<String, Object> ENFORCED_FOR_PRODUCER = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");

    private ClientSettings() {
    }

    /** The producer's settings: the configured ones, with {@code acks=all} and idempotence forced on. */
    public static Map<String, Object> forProducer(Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = without(kafkaConfig, onlyFor(ConsumerConfig.configNames(),
                AdminClientConfig.configNames(), ProducerConfig.configNames()));
        settings.putAll(ENFORCED_FOR_PRODUCER);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
        return settings;
    }

    /** The readiness check's admin client settings: connection and security settings, no producer tuning. */
    public static Map<String, Object> forAdmin(Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = without(kafkaConfig, onlyFor(ConsumerConfig.configNames(),
                ProducerConfig.configNames(), AdminClientConfig.configNames()));
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "newswire-ingest-readiness");
        return settings;
    }

    /** Names known to one of the other clients but not to {@code mine}. */
    private static Set<String> onlyFor(Set<String> other, Set<String> another, Set<String> mine) {
        Set<String> foreign = new HashSet<>(other);
        foreign.addAll(another);
        foreign.removeAll(mine);
        return foreign;
    }

    private static Map<String, Object> without(Map<String, Object> config, Set<String> names) {
        Map<String, Object> kept = new HashMap<>(config);
        kept.keySet().removeAll(names);
        return kept;
    }
}
