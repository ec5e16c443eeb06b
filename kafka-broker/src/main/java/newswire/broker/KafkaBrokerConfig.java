package newswire.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where and how a {@link KafkaBroker} runs.
 *
 * @param port           the client (PLAINTEXT) port
 * @param controllerPort the KRaft controller port
 * @param dataDir        log directory and the broker's own log file; kept across restarts
 * @param classpath      the classpath holding the Kafka server jars
 * @param heap           the child JVM's -Xmx
 */
public record KafkaBrokerConfig(int port, int controllerPort, Path dataDir, String classpath, String heap) {

    /** Largest record the broker and topics accept: above the ingest limit, with room for the enrichment. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** A broker on free ports in a fresh temporary directory, on this JVM's classpath: what tests want. */
    public static KafkaBrokerConfig forTests() {
        try {
            return new KafkaBrokerConfig(freePort(), freePort(), Files.createTempDirectory("newswire-kafka-"),
                    System.getProperty("java.class.path"), "512m");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KafkaBrokerConfig withPort(int newPort) {
        return new KafkaBrokerConfig(newPort, controllerPort, dataDir, classpath, heap);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
