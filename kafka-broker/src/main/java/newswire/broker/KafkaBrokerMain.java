package newswire.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a broker in the foreground until SIGTERM or Ctrl-C: what {@code bin/stack} starts.
 *
 * <pre>java -cp ... newswire.broker.KafkaBrokerMain [--port 9092] [--controller-port 9093] [--data-dir DIR]</pre>
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = 9092;
        int controllerPort = -1;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (controllerPort < 0) {
            controllerPort = KafkaBrokerConfig.freePort();
        }
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("newswire-kafka-");
        }
        KafkaBrokerConfig config = new KafkaBrokerConfig(port, controllerPort, dataDir,
                System.getProperty("java.class.path"), System.getProperty("newswire.kafka.heap", "768m"));
        KafkaBroker broker = KafkaBroker.start(config);
        broker.createTopics(NewswireTopics.all());
        System.out.println("kafka ready on " + broker.bootstrapServers() + " (data " + dataDir + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
