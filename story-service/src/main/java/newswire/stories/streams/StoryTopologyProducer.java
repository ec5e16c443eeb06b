package newswire.stories.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashMap;
import java.util.Map;
import newswire.contract.Topics;
import newswire.stories.StoriesConfig;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gives Quarkus the topology to run, after making sure the output topic exists. */
@ApplicationScoped
public class StoryTopologyProducer {

    @Produces
    public Topology topology(StoriesConfig config, StoryBroadcaster broadcaster, Config all,
                             @ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrap) {
        StoriesTopic.ensure(adminConfig(all, bootstrap), Topics.STORIES, config.partitions());
        return StoryTopology.build(config.grouping(), config.partitions(), config.retention(), broadcaster);
    }

    /** The bootstrap servers plus any client security the Kafka Streams clients get ({@code kafka-streams.*}). */
    private static Map<String, Object> adminConfig(Config all, String bootstrap) {
        Map<String, Object> admin = new HashMap<>();
        for (String name : all.getPropertyNames()) {
            if (name.startsWith("kafka-streams.security.") || name.startsWith("kafka-streams.sasl.")
                    || name.startsWith("kafka-streams.ssl.")) {
                all.getOptionalValue(name, String.class)
                        .ifPresent(v -> admin.put(name.substring("kafka-streams.".length()), v));
            }
        }
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return admin;
    }
}
