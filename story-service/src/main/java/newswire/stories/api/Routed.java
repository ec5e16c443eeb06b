package newswire.stories.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.HostInfo;

/** Answers a query for one key here when this instance holds it, else relays the holder's answer as it is. */
final class Routed {

    private Routed() {
    }

    static Response byKey(InstanceRouter router, String store, String key, boolean local, UriInfo uri,
                          Supplier<Object> answer) {
        return byKey(router, store, key, local, uri, answer, false);
    }

    /**
     * @param anyInstance when the holder Kafka Streams names does not have the key, ask every instance: for stores
     *                    partitioned like an upstream topic, whose producer may use another partitioner than
     *                    Kafka's Java default (librdkafka clients such as kcat do) and so put a key elsewhere
     */
    static Response byKey(InstanceRouter router, String store, String key, boolean local, UriInfo uri,
                          Supplier<Object> answer, boolean anyInstance) {
        if (local) {
            return Response.ok(answer.get(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Optional<HostInfo> holder = router.holderOf(store, key);
        if (holder.isPresent()) {
            HttpResponse<String> remote = router.get(holder.get(), pathAndQuery(uri));
            if (remote.statusCode() != 404 || !anyInstance) {
                return relay(remote);
            }
        }
        try {
            return Response.ok(answer.get(), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (ProblemException missing) {
            if (!anyInstance || missing.problem().status() != 404) {
                throw missing;
            }
            for (HostInfo other : router.others()) {
                if (holder.isPresent() && other.equals(holder.get())) {
                    continue;
                }
                HttpResponse<String> remote = router.get(other, pathAndQuery(uri));
                if (remote.statusCode() == 200) {
                    return relay(remote);
                }
            }
            throw missing;
        }
    }

    static String pathAndQuery(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    private static Response relay(HttpResponse<String> remote) {
        return Response.status(remote.statusCode())
                .type(remote.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse(MediaType.APPLICATION_JSON))
                .entity(remote.body()).build();
    }
}
