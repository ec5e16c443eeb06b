package newswire.contract.serde;

import java.io.IOException;
import newswire.contract.Json;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads UTF-8 JSON into a contract record; unknown fields are ignored so old readers survive additions. */
public class JsonDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    protected JsonDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException("not a JSON " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
