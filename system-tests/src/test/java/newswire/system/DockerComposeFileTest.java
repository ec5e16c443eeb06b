package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine where this project is built, so {@code docker compose up} cannot be run here. This
 * test reads docker-compose.yml and the Dockerfiles and checks what would make the stack fail to come up:
 * images, ports, the bootstrap address each service is given, health checks, start order, and that each
 * Dockerfile builds and copies its own app.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Stack.root();
    private final JsonNode compose = readCompose();
    private final JsonNode services = compose.get("services");

    @Test
    void kafkaIsTheOfficialImageInKraftModeOnPort9092() {
        JsonNode kafka = services.get("kafka");
        assertTrue(kafka.get("image").asText().startsWith("apache/kafka:"), "official apache/kafka image");
        assertTrue(env(kafka, "KAFKA_PROCESS_ROLES").contains("controller"), "KRaft: no ZooKeeper");
        assertTrue(ports(kafka).contains("9092:9092"));
        assertTrue(kafka.has("healthcheck"));
    }

    @Test
    void theServicesListenOnTheirFixedPorts() {
        assertTrue(ports(services.get("ingest")).contains("8080:8080"));
        assertTrue(ports(services.get("extract")).contains("8081:8081"));
    }

    @Test
    void eachServiceIsPointedAtAListenerTheBrokerAdvertisesInsideTheNetwork() {
        String advertised = env(services.get("kafka"), "KAFKA_ADVERTISED_LISTENERS");
        for (String name : List.of("ingest", "extract")) {
            String bootstrap = env(services.get(name), "KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(bootstrap.startsWith("kafka:"), name + " reaches the broker by its service name");
            assertTrue(advertised.contains("//" + bootstrap), name + " uses an advertised listener: " + bootstrap);
        }
    }

    @Test
    void everythingHasAHealthCheckAndStartsOnlyOnceKafkaIsHealthy() {
        for (String name : List.of("ingest", "extract")) {
            JsonNode service = services.get(name);
            String test = service.at("/healthcheck/test").toString();
            assertTrue(test.contains("/q/health/ready"), name + " health check asks readiness: " + test);
            assertEquals("service_healthy", service.at("/depends_on/kafka/condition").asText(), name);
            assertEquals("service_completed_successfully", service.at("/depends_on/kafka-topics/condition").asText());
        }
    }

    @Test
    void theTopicsUsersRelyOnAreCreated() {
        String command = services.get("kafka-topics").get("command").toString();
        for (String topic : List.of("articles:", "articles.enriched:", "articles.dlq:")) {
            assertTrue(command.contains(topic), topic);
        }
    }

    @Test
    void eachDockerfileBuildsAndCopiesItsOwnApp() throws IOException {
        for (String name : List.of("ingest", "extract")) {
            JsonNode build = services.get(name).get("build");
            Path context = ROOT.resolve(build.get("context").asText()).normalize();
            Path dockerfile = context.resolve(build.get("dockerfile").asText());
            assertTrue(Files.exists(dockerfile), dockerfile + " exists");
            String module = dockerfile.getParent().getFileName().toString();
            assertTrue(Files.exists(context.resolve(module).resolve("pom.xml")), module + " is a module in the context");
            String text = Files.readString(dockerfile);
            assertTrue(text.contains("-pl " + module), "builds " + module);
            assertTrue(text.contains("/src/" + module + "/target/quarkus-app/lib/"), "copies the built app's libs");
            assertTrue(text.contains("/src/" + module + "/target/quarkus-app/*.jar"), "copies quarkus-run.jar");
            assertTrue(text.contains("quarkus-run.jar"), "runs the app");
            String port = ports(services.get(name)).get(0).split(":")[1];
            assertTrue(text.contains("EXPOSE " + port), module + " exposes " + port);
        }
    }

    private static List<String> ports(JsonNode service) {
        List<String> ports = new ArrayList<>();
        service.get("ports").forEach(p -> ports.add(p.asText()));
        return ports;
    }

    private static String env(JsonNode service, String name) {
        JsonNode value = service.get("environment").get(name);
        assertTrue(value != null, name + " is set");
        return value.asText();
    }

    private static JsonNode readCompose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
