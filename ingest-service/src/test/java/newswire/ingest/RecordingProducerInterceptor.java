package newswire.ingest;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Installed through {@code kafka.interceptor.classes}; Kafka hands every interceptor the producer's complete
 * configuration, so this sees exactly what the real producer was configured with.
 */
public class RecordingProducerInterceptor implements ProducerInterceptor<Object, Object> {

    static volatile Map<String, ?> seen;

    @Override
    public void configure(Map<String, ?> configs) {
        seen = Map.copyOf(configs);
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }
}
