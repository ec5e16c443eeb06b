package newswire.stories.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Several instances share the state by partitions: Kafka Streams knows which instance holds a key (its
 * {@code application.server}, advertised through the group's metadata). A query for a key another instance holds
 * is forwarded there over HTTP, marked with {@link #LOCAL_HEADER} so it is answered locally and never bounced.
 */
@ApplicationScoped
public class InstanceRouter {

    /** Set on forwarded requests: answer from this instance's own state only. */
    public static final String LOCAL_HEADER = "X-Newswire-Local";

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public InstanceRouter(KafkaStreams streams,
                          @ConfigProperty(name = "quarkus.kafka-streams.application-server") String applicationServer) {
        this.streams = streams;
        this.self = HostInfo.buildFromEndpoint(applicationServer);
    }

    /** The other instance holding the key of the store, or empty when this instance holds it. */
    public Optional<HostInfo> holderOf(String store, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (IllegalStateException e) {
            throw ProblemException.unavailable("The story state is not ready yet (" + streams.state() + ")", null);
        }
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw ProblemException.unavailable("The partition of " + key + " is moving between instances", null);
        }
        HostInfo active = metadata.activeHost();
        return active.equals(self) ? Optional.empty() : Optional.of(active);
    }

    /** Every other instance of the application (for queries over all stories). */
    public List<HostInfo> others() {
        List<HostInfo> hosts = new ArrayList<>();
        for (StreamsMetadata metadata : streams.metadataForAllStreamsClients()) {
            if (!metadata.hostInfo().equals(self) && !hosts.contains(metadata.hostInfo())) {
                hosts.add(metadata.hostInfo());
            }
        }
        return hosts;
    }

    /** GETs the path (with its query) from another instance, asking for its local answer. */
    public HttpResponse<String> get(HostInfo host, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
                        + pathAndQuery))
                .header(LOCAL_HEADER, "true").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw ProblemException.unavailable("Instance " + host + " holding the data did not answer", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while asking instance " + host, null);
        }
    }
}
