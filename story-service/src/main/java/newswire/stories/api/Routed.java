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
        if (!local) {
            Optional<HostInfo> holder = router.holderOf(store, key);
            if (holder.isPresent()) {
                return relay(router.get(holder.get(), pathAndQuery(uri)));
            }
        }
        return Response.ok(answer.get(), MediaType.APPLICATION_JSON_TYPE).build();
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
