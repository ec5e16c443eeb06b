package newswire.stories.streams;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import newswire.stories.StoriesConfig;
import newswire.stories.model.Story;

/**
 * Fans every story version this instance builds out to the connected live-stream clients. Each instance sees
 * the stories of its own partitions (see README, "several instances").
 */
@ApplicationScoped
public class StoryBroadcaster implements StoryListener {

    private final BroadcastProcessor<Story> processor = BroadcastProcessor.create();
    private final int bufferSize;
    private final AtomicInteger clients = new AtomicInteger();

    public StoryBroadcaster(StoriesConfig config) {
        this.bufferSize = config.streamBufferSize();
    }

    @Override
    public void updated(Story story) {
        processor.onNext(story);
    }

    /**
     * A hot stream: the versions built after subscription. A client that falls a whole buffer behind is cut off
     * rather than silently missing versions; the page then reconnects and reloads (EventSource does so by itself).
     */
    public Multi<Story> subscribe() {
        return processor.onOverflow().buffer(bufferSize)
                .onSubscription().invoke(() -> clients.incrementAndGet())
                .onTermination().invoke(() -> clients.decrementAndGet());
    }

    public int clientCount() {
        return clients.get();
    }
}
