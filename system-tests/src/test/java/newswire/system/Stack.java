package newswire.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswire.apikeys.ApiKeys;
import newswire.broker.KafkaBroker;
import newswire.broker.KafkaBrokerConfig;
import newswire.broker.NewswireTopics;

/**
 * The product as a user runs it: one real Kafka broker, the ingest service, one or more extract services and, for
 * the tests that look at stories, one or more story services, each a separate process on free ports. Closing it
 * stops everything.
 *
 * <p>Authentication is on, as in production: the services know the hash of one key, made for this stack, for the
 * client {@value #CLIENT} (write and read), and {@link #ingestClient()} sends it. Being the tests' bulk pusher, that
 * client has a larger rate allowance than the default, configured the way an operator would.
 */
public final class Stack implements AutoCloseable {

    public static final String CLIENT = "system-tests";

    private final String bootstrapServers;
    private final KafkaBroker broker;
    private final AutoCloseable brokerLifecycle;
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceProcess ingest;
    private final List<ServiceProcess> extractors = new ArrayList<>();
    private final List<ServiceProcess> storyServices = new ArrayList<>();
    private final String apiKey = ApiKeys.generate();

    private Stack(String bootstrapServers, KafkaBroker broker, AutoCloseable brokerLifecycle) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
        this.brokerLifecycle = brokerLifecycle;
    }

    /** The services against a broker someone else runs (a Testcontainers container); closing stops it too. */
    public static Stack onExternalBroker(String bootstrapServers, AutoCloseable brokerLifecycle) {
        return new Stack(bootstrapServers, null, brokerLifecycle);
    }

    /** A broker with the product's topics, one ingest and one extract service, all ready. */
    public static Stack start() throws IOException {
        Stack stack = startBrokerOnly();
        stack.startIngest();
        stack.startExtractor();
        return stack;
    }

    public static Stack startBrokerOnly() throws IOException {
        KafkaBroker broker = KafkaBroker.start(KafkaBrokerConfig.forTests());
        broker.createTopics(NewswireTopics.all());
        return new Stack(broker.bootstrapServers(), broker, broker);
    }

    public ServiceProcess startIngest() throws IOException {
        ingest = new ServiceProcess("ingest", ServiceProcess.jarOf("ingest-service"), KafkaBrokerConfig.freePort(),
                kafkaProperties());
        services.add(ingest);
        return ingest.start();
    }

    public ServiceProcess startExtractor() throws IOException {
        ServiceProcess extractor = new ServiceProcess("extract", ServiceProcess.jarOf("extract-service"),
                KafkaBrokerConfig.freePort(), kafkaProperties());
        services.add(extractor);
        extractors.add(extractor);
        return extractor.start();
    }

    /**
     * A story service (Kafka Streams), ready. Each instance keeps its local stores in a folder of its own, as on its
     * own machine; a restart of the same {@link ServiceProcess} finds them again.
     */
    public ServiceProcess startStoryService() throws IOException {
        int port = KafkaBrokerConfig.freePort();
        Map<String, String> props = kafkaProperties();
        props.put("kafka-streams.state.dir", Path.of("target", "story-state", String.valueOf(port))
                .toAbsolutePath().toString());
        ServiceProcess story = new ServiceProcess("story", ServiceProcess.jarOf("story-service"), port, props);
        services.add(story);
        storyServices.add(story);
        return story.start();
    }

    private Map<String, String> kafkaProperties() {
        Map<String, String> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", bootstrapServers);
        props.put("newswire.auth.keys", CLIENT + " write,read " + ApiKeys.hash(apiKey));
        props.put("newswire.ingest.throttle.clients." + CLIENT + ".requests-per-second", "1000");
        props.put("newswire.ingest.throttle.clients." + CLIENT + ".request-burst", "2000");
        return props;
    }

    /** The key of {@value #CLIENT}; the services only know its hash. */
    public String apiKey() {
        return apiKey;
    }

    /** The broker started from Maven jars; null on an external broker. */
    public KafkaBroker broker() {
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public ServiceProcess ingest() {
        return ingest;
    }

    public ServiceProcess extractor() {
        return extractors.get(0);
    }

    public List<ServiceProcess> extractors() {
        return extractors;
    }

    public ServiceProcess storyService() {
        return storyServices.get(0);
    }

    public List<ServiceProcess> storyServices() {
        return storyServices;
    }

    public IngestClient ingestClient() {
        return new IngestClient(ingest.url(""), apiKey);
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : services) {
            service.stop();
        }
        brokerLifecycle.close();
    }

    /** The checkout's root folder (where bin/, the modules and docker-compose.yml are). */
    public static Path root() {
        return Path.of(System.getProperty("newswire.root", "..")).toAbsolutePath().normalize();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
