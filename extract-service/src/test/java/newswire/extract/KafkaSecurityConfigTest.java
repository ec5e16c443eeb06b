package newswire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.util.Map;
import newswire.broker.quarkus.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/**
 * An operator turns on SASL/TLS with the standard Kafka settings, as properties or as environment variables,
 * and every client of the service (consumers, producer, dead-letter producer's parent channel) gets them.
 * The test broker speaks plaintext, so here the clients only carry the settings; nothing connects.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@TestProfile(KafkaSecurityConfigTest.SecuredKafka.class)
class KafkaSecurityConfigTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"extract\" password=\"s3cret\";";

    public static class SecuredKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.security.protocol", "SASL_SSL",
                    // the environment-variable spelling, as a container would set it
                    "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                    "KAFKA_SASL_JAAS_CONFIG", JAAS,
                    "kafka.ssl.endpoint.identification.algorithm", "https",
                    "kafka.ssl.enabled.protocols", "TLSv1.3");
        }
    }

    @Inject
    KafkaClientService clients;

    @Test
    void theSecuritySettingsReachEveryChannelsClient() {
        // articles-in runs as newswire.extract.concurrency copies, one consumer each
        assertSecured(clients.getConsumer("articles-in$1").configuration(), "articles-in$1");
        assertSecured(clients.getConsumer("articles-in$2").configuration(), "articles-in$2");
        assertSecured(clients.getConsumer("enriched-feed").configuration(), "enriched-feed");
        assertSecured(clients.getProducer("enriched-out").configuration(), "enriched-out");
    }

    private static void assertSecured(Map<String, ?> config, String channel) {
        assertEquals("SASL_SSL", String.valueOf(config.get("security.protocol")), channel);
        assertEquals("SCRAM-SHA-512", String.valueOf(config.get("sasl.mechanism")), channel);
        assertEquals(JAAS, String.valueOf(config.get("sasl.jaas.config")), channel);
        assertEquals("https", String.valueOf(config.get("ssl.endpoint.identification.algorithm")), channel);
        assertEquals("TLSv1.3", String.valueOf(config.get("ssl.enabled.protocols")), channel);
    }
}
