package newswire.stories.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import newswire.contract.Topics;
import newswire.stories.StoriesConfig;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gives Quarkus the topology to run, after making sure the output topic exists. */
@ApplicationScoped
public class StoryTopologyProducer {

    @Produces
    public Topology topology(StoriesConfig config, Config all,
                             @ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrap) {
        StoriesTopic.ensure(KafkaClientConfig.of(all, bootstrap), Topics.STORIES, config.partitions());
        // the live stream reads the committed stories topic (StoriesFeed), not the processor: see StoriesFeed
        return StoryTopology.build(config.grouping(), config.partitions(), config.retention(), StoryListener.NONE);
    }
}
