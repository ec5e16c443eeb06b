package newswire.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running {@code kafka.Kafka} from the
 * Maven Central jars in a child JVM.
 *
 * <p>A child process rather than an in-process server so that it can be stopped, killed and restarted on the
 * same port and data directory exactly like a production broker, which the fault tests need, and so that its
 * threads and logs stay out of the JVM under test.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final KafkaBrokerConfig config;
    private Process process;

    private KafkaBroker(KafkaBrokerConfig config) {
        this.config = config;
    }

    /** Formats the data directory on first use, starts the broker and waits until it answers. */
    public static KafkaBroker start(KafkaBrokerConfig config) throws IOException {
        KafkaBroker broker = new KafkaBroker(config);
        broker.startProcess();
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + config.port();
    }

    public int port() {
        return config.port();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Creates the topics that do not exist yet; a topic that exists is left as it is. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            partitionsByTopic.forEach((name, partitions) -> {
                Map<String, String> configs = new HashMap<>(NewswireTopics.configs(name));
                configs.put("max.message.bytes", String.valueOf(KafkaBrokerConfig.MAX_MESSAGE_BYTES));
                topics.add(new NewTopic(name, partitions, (short) 1).configs(configs));
            });
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name, e.getCause());
                    }
                } catch (InterruptedException | TimeoutException e) {
                    throw new IllegalStateException("cannot create topic " + name, e);
                }
            });
        }
    }

    /** Orderly shutdown (SIGTERM), as an operator would do it; the data stays for a restart. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Starts again on the same port and data directory after {@link #stop()}. */
    public void restart() throws IOException {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
    }

    private void startProcess() throws IOException {
        Path dataDir = config.dataDir();
        Files.createDirectories(dataDir);
        Path properties = writeServerProperties(dataDir);
        Path log4j = writeLog4jConfig(dataDir);
        if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            format(properties, log4j);
        }
        process = java(log4j, "kafka.Kafka", properties.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.log").toFile()))
                .start();
        awaitReady();
    }

    private void format(Path properties, Path log4j) throws IOException {
        String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        Process format = java(log4j, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(config.dataDir().resolve("format.log").toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IOException("formatting the Kafka log directory failed, see "
                        + config.dataDir().resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting", e);
        }
    }

    private ProcessBuilder java(Path log4j, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + config.heap());
        command.add("-XX:+UseG1GC");
        command.add("-Dlog4j2.configurationFile=" + log4j.toUri());
        command.add("-cp");
        command.add(config.classpath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue() + ", see "
                        + config.dataDir().resolve("broker.log"));
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the broker", e);
            }
            sleep(250);
        }
        stop();
        throw new IOException("Kafka broker not ready after " + READY_TIMEOUT.toSeconds() + " s", last);
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(props);
    }

    private Path writeServerProperties(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + config.controllerPort());
        p.put("listeners", "PLAINTEXT://localhost:" + config.port() + ",CONTROLLER://localhost:" + config.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + config.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        // a single node: every internal topic has one replica, and writes are durable once this node has them
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("message.max.bytes", String.valueOf(KafkaBrokerConfig.MAX_MESSAGE_BYTES));
        p.put("replica.fetch.max.bytes", String.valueOf(KafkaBrokerConfig.MAX_MESSAGE_BYTES));
        p.put("log.flush.interval.messages", "1");
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "written by newswire KafkaBroker");
        }
        return file;
    }

    private static Path writeLog4jConfig(Path dataDir) throws IOException {
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(file, String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = " + System.getProperty("newswire.kafka.log.level", "WARN"),
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.server.name = kafka.server.KafkaRaftServer",
                "logger.server.level = INFO",
                ""));
        return file;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
