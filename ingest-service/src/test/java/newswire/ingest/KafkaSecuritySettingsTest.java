package newswire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import newswire.ingest.kafka.ArticlePublisher;
import org.junit.jupiter.api.Test;

/**
 * An operator secures the connection to Kafka the standard way, with kafka.* properties or KAFKA_* environment
 * variables, and the producer really gets those settings (seen from inside the producer by an interceptor).
 */
@QuarkusTest
@TestProfile(KafkaSecuritySettingsTest.SecuredKafka.class)
class KafkaSecuritySettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\"ingest\" password=\"secret\";";

    public static class SecuredKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.security.protocol", "SASL_PLAINTEXT",
                    "kafka.sasl.mechanism", "PLAIN",
                    "kafka.sasl.jaas.config", JAAS,
                    "kafka.ssl.truststore.location", "/etc/newswire/kafka-truststore.p12",
                    "kafka.ssl.truststore.type", "PKCS12",
                    // an operator cannot weaken what "202 Accepted" means
                    "kafka.acks", "0",
                    "kafka.interceptor.classes", RecordingProducerInterceptor.class.getName(),
                    // the test broker speaks PLAINTEXT, so the SASL handshakes fail, as they should: not worth a log
                    "quarkus.log.category.\"org.apache.kafka\".level", "OFF",
                    "quarkus.log.category.\"org.apache.kafka.clients\".level", "OFF");
        }
    }

    @Inject
    ArticlePublisher publisher;

    @Test
    void securitySettingsFromConfigurationReachTheProducer() {
        assertNotNull(publisher.producerSettings(), "the producer is created at start-up");
        Map<String, ?> producer = RecordingProducerInterceptor.seen;
        assertNotNull(producer, "the producer was configured with the interceptor from kafka.interceptor.classes");

        assertEquals("SASL_PLAINTEXT", producer.get("security.protocol"));
        assertEquals("PLAIN", producer.get("sasl.mechanism"));
        assertEquals(JAAS, String.valueOf(producer.get("sasl.jaas.config")));
        assertEquals("/etc/newswire/kafka-truststore.p12", producer.get("ssl.truststore.location"));
        assertEquals("PKCS12", producer.get("ssl.truststore.type"));
        assertEquals("all", producer.get("acks"));
        assertEquals("true", producer.get("enable.idempotence"));
        assertEquals("3000", producer.get("delivery.timeout.ms"));
        assertEquals("2000", producer.get("max.block.ms"));
    }

    @Test
    void settingsFromEnvironmentVariablesReachTheProducer() {
        // surefire sets KAFKA_SASL_KERBEROS_SERVICE_NAME=newswire-env-probe, as an operator's environment would
        assertEquals("newswire-env-probe", RecordingProducerInterceptor.seen.get("sasl.kerberos.service.name"));
    }
}
