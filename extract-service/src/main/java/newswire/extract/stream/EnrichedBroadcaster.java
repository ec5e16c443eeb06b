package newswire.extract.stream;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newswire.extract.ExtractConfig;

/** Fans every enriched event out to all connected stream clients, each through its own bounded buffer. */
@ApplicationScoped
public class EnrichedBroadcaster {

    private final Set<DropOldestSubscription<EnrichedEvent>> clients = ConcurrentHashMap.newKeySet();
    private final int bufferSize;

    public EnrichedBroadcaster(ExtractConfig config) {
        this.bufferSize = config.stream().bufferSize();
    }

    public void publish(EnrichedEvent event) {
        for (DropOldestSubscription<EnrichedEvent> client : clients) {
            client.offer(event);
        }
    }

    /** A hot stream: a client sees the events published after it subscribed, never earlier ones. */
    public Multi<EnrichedEvent> subscribe() {
        return Multi.createFrom().publisher(subscriber -> {
            DropOldestSubscription<EnrichedEvent>[] self = new DropOldestSubscription[1];
            self[0] = new DropOldestSubscription<>(subscriber, bufferSize, () -> clients.remove(self[0]));
            clients.add(self[0]);
            subscriber.onSubscribe(self[0]);
        });
    }

    public int clientCount() {
        return clients.size();
    }
}
