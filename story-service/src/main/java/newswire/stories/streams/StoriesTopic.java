package newswire.stories.streams;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the compacted {@code stories} topic when it is missing, so the service runs against a broker that only
 * has the upstream topics. An existing topic is left as it is (its operator decides its configs).
 */
public final class StoriesTopic {

    private static final Logger LOG = Logger.getLogger(StoriesTopic.class);

    private StoriesTopic() {
    }

    public static void ensure(Map<String, Object> adminConfig, String topic, int partitions) {
        Map<String, Object> config = new java.util.HashMap<>(adminConfig);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (existing.contains(topic)) {
                return;
            }
            NewTopic newTopic = new NewTopic(topic, partitions, (short) -1)
                    .configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions, compacted)", topic, partitions);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker unreachable while creating topic " + topic, e);
        }
    }
}
