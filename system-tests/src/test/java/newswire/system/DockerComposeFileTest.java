package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The fast, static half of the compose checks (the real run is {@link DockerComposeIT}, which needs a Docker
 * engine): reads docker-compose.yml, the Dockerfiles and .dockerignore and checks what would make the stack fail
 * to come up or lose data, on any machine: images, ports, the bootstrap address each service is given, where the
 * broker writes, health checks, start order, and that each Dockerfile builds and copies its own app.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Stack.root();
    /** The product's own services, built from its Dockerfiles. */
    private static final List<String> SERVICES = List.of("ingest", "extract", "story");
    private final JsonNode compose = readCompose();
    private final JsonNode services = compose.get("services");

    @Test
    void kafkaIsTheOfficialImageInKraftModeOnPort9092() {
        JsonNode kafka = services.get("kafka");
        assertTrue(kafka.get("image").asText().startsWith("apache/kafka:"), "official apache/kafka image");
        assertTrue(env(kafka, "KAFKA_PROCESS_ROLES").contains("controller"), "KRaft: no ZooKeeper");
        assertEquals(List.of("9092:9092"), ports(kafka).stream().map(DockerComposeFileTest::withDefaults).toList());
        assertTrue(kafka.has("healthcheck"));
    }

    @Test
    void theServicesListenOnPorts8080To8082UnlessTheUserPicksOthers() {
        assertEquals(List.of("${INGEST_PORT:-8080}:8080"), ports(services.get("ingest")));
        assertEquals(List.of("${EXTRACT_PORT:-8081}:8081"), ports(services.get("extract")));
        assertEquals(List.of("${STORY_PORT:-8082}:8082"), ports(services.get("story")));
    }

    @Test
    void hostClientsAreToldTheHostPortTheBrokerIsPublishedOn() {
        String published = ports(services.get("kafka")).get(0);
        String hostPort = published.substring(0, published.lastIndexOf(':'));
        assertEquals("${KAFKA_PORT:-9092}", hostPort);
        String advertised = env(services.get("kafka"), "KAFKA_ADVERTISED_LISTENERS");
        assertTrue(advertised.contains("EXTERNAL://localhost:" + hostPort),
                "a KAFKA_PORT other than 9092 must be advertised too, or host clients are sent to the wrong port");
    }

    @Test
    void theBrokerWritesIntoTheKafkaDataVolume() {
        // the image builds server.properties from the KAFKA_* variables alone: without log.dirs among them the
        // broker writes to /tmp/kafka-logs in the container and `down` + `up` loses every record
        JsonNode kafka = services.get("kafka");
        String mount = null;
        for (JsonNode volume : kafka.get("volumes")) {
            if (volume.asText().startsWith("kafka-data:")) {
                mount = volume.asText().substring("kafka-data:".length());
            }
        }
        assertTrue(compose.at("/volumes").has("kafka-data"), "kafka-data is a named volume");
        assertEquals(mount, env(kafka, "KAFKA_LOG_DIRS"), "log.dirs is where kafka-data is mounted");
    }

    @Test
    void composeV1AcceptsTheFileAndTheProjectIsNamedNewswire() throws IOException {
        // v1 (Debian's docker-compose 1.29) rejects a top-level `name:`; both versions read the name from .env
        assertFalse(compose.has("name"), "no top-level name: key");
        assertTrue(Files.readAllLines(ROOT.resolve(".env")).contains("COMPOSE_PROJECT_NAME=newswire"));
    }

    @Test
    void eachServiceIsPointedAtAListenerTheBrokerAdvertisesInsideTheNetwork() {
        String advertised = env(services.get("kafka"), "KAFKA_ADVERTISED_LISTENERS");
        for (String name : SERVICES) {
            String bootstrap = env(services.get(name), "KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(bootstrap.startsWith("kafka:"), name + " reaches the broker by its service name");
            assertTrue(advertised.contains("//" + bootstrap), name + " uses an advertised listener: " + bootstrap);
        }
    }

    @Test
    void everythingHasAHealthCheckAndStartsOnlyOnceKafkaIsHealthy() {
        for (String name : SERVICES) {
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
        // stories is a table (the latest version of each story): without compaction it would be deleted by age and
        // a subscriber reading from the start would miss old stories
        String script = services.get("kafka-topics").get("command").get(0).asText().replace("\\\n", " ");
        Matcher stories = Pattern.compile("--topic stories [^\\n]*").matcher(script);
        assertTrue(stories.find(), "the stories topic is created: " + command);
        assertTrue(stories.group().contains("cleanup.policy=compact"), "stories is compacted: " + stories.group());
    }

    @Test
    void theStoryServiceKeepsItsLocalStoresInANamedVolume() throws IOException {
        // Kafka Streams' stores are a cache of their changelog topics: kept in a volume, a recreated container
        // starts at once instead of restoring them from Kafka
        String dockerfile = Files.readString(ROOT.resolve("story-service/Dockerfile"));
        Matcher stateDir = Pattern.compile("-Dkafka-streams\\.state\\.dir=(\\S+?)\"").matcher(dockerfile);
        assertTrue(stateDir.find(), "the image sets Kafka Streams' state.dir");
        List<String> volumes = new ArrayList<>();
        services.get("story").get("volumes").forEach(v -> volumes.add(v.asText()));
        assertEquals(List.of("story-state:" + stateDir.group(1)), volumes, "the state dir is the story-state volume");
        assertTrue(compose.at("/volumes").has("story-state"), "story-state is a named volume");
        assertTrue(dockerfile.contains("chown 185 " + stateDir.group(1)), "the service's user owns the folder");
    }

    @Test
    void eachDockerfileBuildsAndCopiesItsOwnApp() throws IOException {
        for (String name : SERVICES) {
            JsonNode build = services.get(name).get("build");
            Path context = ROOT.resolve(build.get("context").asText()).normalize();
            Path dockerfile = context.resolve(build.get("dockerfile").asText());
            assertTrue(Files.exists(dockerfile), dockerfile + " exists");
            String module = dockerfile.getParent().getFileName().toString();
            assertTrue(Files.exists(context.resolve(module).resolve("pom.xml")),
                    module + " is a module in the context");
            String text = Files.readString(dockerfile);
            assertTrue(text.contains("-pl " + module), "builds " + module);
            assertTrue(text.contains("/src/" + module + "/target/quarkus-app/lib/"), "copies the built app's libs");
            assertTrue(text.contains("/src/" + module + "/target/quarkus-app/*.jar"), "copies quarkus-run.jar");
            assertTrue(text.contains("quarkus-run.jar"), "runs the app");
            String published = ports(services.get(name)).get(0);
            String port = published.substring(published.lastIndexOf(':') + 1);
            assertTrue(text.contains("EXPOSE " + port), module + " exposes " + port);
        }
    }

    @Test
    void dependenciesAreFetchedFromTheBuildFilesBeforeAnySourceIsCopied() throws IOException {
        // Maven reads every module's pom, so each Dockerfile copies all of them before its first ./mvnw run (the
        // dependency layer) and .dockerignore, an allow-list, lets them in; sources come after that layer
        List<String> modules = reactorModules();
        String dependencyStep = null;
        for (String module : imageModules()) {
            String text = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
            String beforeFirstBuild = text.substring(0, text.indexOf("RUN ./mvnw"));
            for (String m : modules) {
                assertTrue(beforeFirstBuild.contains("COPY " + m + "/pom.xml "), module + "/Dockerfile copies "
                        + m + "/pom.xml before the first ./mvnw");
            }
            assertFalse(beforeFirstBuild.contains("/src/"), module + "/Dockerfile copies no source before the "
                    + "dependency layer");
            String firstBuild = text.lines().filter(l -> l.startsWith("RUN ./mvnw")).findFirst().orElseThrow();
            for (String service : imageModules()) {
                assertTrue(firstBuild.matches(".* -pl (\\S+,)?" + service + "(,\\S+)? .*"), module + "/Dockerfile's "
                        + "dependency layer fetches what " + service + " needs too: " + firstBuild);
            }
            String step = beforeFirstBuild.substring(beforeFirstBuild.indexOf("COPY ")) + firstBuild;
            if (dependencyStep != null) {
                assertEquals(dependencyStep, step, "all images share one dependency layer: the same steps");
            }
            dependencyStep = step;
        }
        List<String> allowed = Files.readAllLines(ROOT.resolve(".dockerignore"));
        for (String m : modules) {
            assertTrue(allowed.contains("!" + m + "/pom.xml"), ".dockerignore lets in " + m + "/pom.xml");
        }
    }

    @Test
    void eachImageGetsTheMainSourcesOfExactlyTheModulesItsServiceIsBuiltFrom() throws Exception {
        // The second stage builds offline with `-pl <service> -am`: every module the service depends on is compiled
        // from its sources, so one left out (as api-keys once was) breaks the image; one copied without need makes a
        // change to it rebuild an image it is not part of. The modules come from the poms, not from a list here.
        Set<String> allowed = new TreeSet<>();
        Matcher allow = Pattern.compile("(?m)^!([^/\\s]+)/src/main/$")
                .matcher(Files.readString(ROOT.resolve(".dockerignore")));
        while (allow.find()) {
            allowed.add(allow.group(1));
        }
        Set<String> needed = new TreeSet<>();
        for (String module : imageModules()) {
            Set<String> builtFrom = builtFrom(module);
            String text = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
            Set<String> copied = new TreeSet<>();
            Matcher copy = Pattern.compile("(?m)^COPY ([^/\\s]+)/src/main/ \\1/src/main/$").matcher(text);
            while (copy.find()) {
                copied.add(copy.group(1));
            }
            assertEquals(builtFrom, copied, module + "/Dockerfile copies the main sources of the modules "
                    + module + " is built from (its compile and runtime dependencies in the reactor), and no others");
            for (String m : builtFrom) {
                assertTrue(allowed.contains(m), ".dockerignore lets in " + m + "/src/main/, needed by " + module);
            }
            needed.addAll(builtFrom);
        }
        assertEquals(needed, allowed, ".dockerignore lets in the main sources the images need, and no others");
    }

    /** The modules whose Dockerfile docker-compose.yml builds (ingest-service, extract-service, story-service). */
    private List<String> imageModules() {
        List<String> modules = new ArrayList<>();
        services.forEach(service -> {
            if (service.has("build")) {
                modules.add(Path.of(service.at("/build/dockerfile").asText()).getParent().toString());
            }
        });
        assertFalse(modules.isEmpty());
        return modules;
    }

    /**
     * A reactor module and every reactor module it needs at compile or run time, transitively, read from the poms:
     * the modules whose sources `-pl module -am` compiles. Test-scoped ones are left out: built with
     * -Dmaven.test.skip=true, they are packaged empty and nothing needs their classes.
     */
    private static Set<String> builtFrom(String module) throws Exception {
        Map<String, String> directoryOfArtifact = new HashMap<>();
        for (String m : reactorModules()) {
            directoryOfArtifact.put(child(pom(m).getDocumentElement(), "artifactId"), m);
        }
        Set<String> modules = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(module));
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (!modules.add(m)) {
                continue;
            }
            for (Element dependency : children(children(pom(m).getDocumentElement(), "dependencies"), "dependency")) {
                String scope = child(dependency, "scope");
                if ("newswire".equals(child(dependency, "groupId")) && !"test".equals(scope)) {
                    String directory = directoryOfArtifact.get(child(dependency, "artifactId"));
                    assertTrue(directory != null, m + " depends on a newswire module that is not in the reactor: "
                            + child(dependency, "artifactId"));
                    todo.push(directory);
                }
            }
        }
        return modules;
    }

    private static Document pom(String module) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve(module).resolve("pom.xml").toFile());
    }

    /** The text of the element's direct child of that name, or null. */
    private static String child(Element element, String name) {
        List<Element> found = children(List.of(element), name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element element, String name) {
        return children(List.of(element), name);
    }

    /** The direct children of that name of the given elements (not deeper: a plugin's dependencies are not these). */
    private static List<Element> children(List<Element> elements, String name) {
        List<Element> found = new ArrayList<>();
        for (Element element : elements) {
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element child && name.equals(child.getTagName())) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    private static List<String> reactorModules() throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertFalse(modules.isEmpty());
        return modules;
    }

    /** A compose value with each {@code ${VAR:-default}} replaced by its default, as a user without VAR sees it. */
    private static String withDefaults(String value) {
        return value.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1");
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
