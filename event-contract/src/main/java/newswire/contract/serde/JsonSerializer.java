package newswire.contract.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import newswire.contract.Json;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/** Writes any contract record as UTF-8 JSON, so non-Java subscribers read plain JSON. */
public class JsonSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
