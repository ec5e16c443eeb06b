package newswire.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

    private static final Map<String, Object> CONFIGURED = Map.of(
            "bootstrap.servers", "broker:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "acks", "1",
            "enable.idempotence", "false",
            "delivery.timeout.ms", "3000",
            "group.id", "ingest-service",
            "custom.plugin.setting", "kept");

    @Test
    void theProducerGetsTheConfiguredSettingsButAlwaysAcksAllAndIdempotence() {
        Map<String, Object> producer = ClientSettings.forProducer(CONFIGURED);
        assertEquals("broker:9093", producer.get("bootstrap.servers"));
        assertEquals("SASL_SSL", producer.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", producer.get("sasl.mechanism"));
        assertEquals("/etc/kafka/truststore.p12", producer.get("ssl.truststore.location"));
        assertEquals("3000", producer.get("delivery.timeout.ms"));
        assertEquals("all", producer.get("acks"));
        assertEquals("true", producer.get("enable.idempotence"));
        assertEquals("kept", producer.get("custom.plugin.setting"));
        assertFalse(producer.containsKey("group.id"), "a consumer setting is not given to the producer");
    }

    @Test
    void theAdminClientGetsConnectionAndSecurityButNoProducerTuning() {
        Map<String, Object> admin = ClientSettings.forAdmin(CONFIGURED);
        assertEquals("broker:9093", admin.get("bootstrap.servers"));
        assertEquals("SASL_SSL", admin.get("security.protocol"));
        assertEquals("/etc/kafka/truststore.p12", admin.get("ssl.truststore.location"));
        assertFalse(admin.containsKey("acks"));
        assertFalse(admin.containsKey("delivery.timeout.ms"));
        assertFalse(admin.containsKey("group.id"));
    }
}
