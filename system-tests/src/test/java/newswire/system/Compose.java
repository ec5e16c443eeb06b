package newswire.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's docker-compose.yml run as a user runs it: with {@code docker compose} (v2) where that plugin is
 * installed, else with {@code docker-compose} (v1), under a compose project name of its own so that it never touches
 * a user's {@code newswire} stack or its data. {@code NEWSWIRE_COMPOSE_OVERRIDE} names more compose files (separated
 * by {@code :}), added after docker-compose.yml: nothing on an ordinary machine; on one whose image builds reach the
 * package registries only through the host network, {@code ../shared/compose-standins/compose-host-network.yml}
 * (ingest, extract) and {@code .ci/compose-host-network-story.yml} (the same for the story service).
 */
final class Compose {

    static final String OVERRIDE = "NEWSWIRE_COMPOSE_OVERRIDE";

    private final List<String> program;
    private final String version;
    private final String project;
    private final List<String> files = new ArrayList<>();
    private final Map<String, String> env;

    private Compose(List<String> program, String version, String project, Map<String, String> env) {
        this.program = program;
        this.version = version;
        this.project = project;
        this.env = env;
        files.add(Stack.root().resolve("docker-compose.yml").toString());
        String overrides = System.getenv(OVERRIDE);
        for (String override : overrides == null ? new String[0] : overrides.split(File.pathSeparator)) {
            if (override.isBlank()) {
                continue;
            }
            Path file = Stack.root().resolve(override).normalize();
            if (!Files.exists(file)) {
                throw new IllegalStateException(OVERRIDE + "=" + overrides + ": no such file " + file);
            }
            files.add(file.toString());
        }
    }

    /** Compose v2 or v1, whichever is installed; skips the test (or fails it, where Docker is required) without. */
    static Compose find(String project, Map<String, String> env) {
        Command.Result v2 = Command.of("docker", "compose", "version").run(Duration.ofSeconds(20));
        if (v2.succeeded()) {
            return new Compose(List.of("docker", "compose"), v2.firstLine(), project, env);
        }
        Command.Result v1 = Command.of("docker-compose", "version").run(Duration.ofSeconds(20));
        if (v1.succeeded()) {
            return new Compose(List.of("docker-compose"), v1.firstLine(), project, env);
        }
        DockerEngine.unavailable("neither `docker compose` (v2) nor `docker-compose` (v1) is installed");
        throw new IllegalStateException("unreachable");
    }

    /** e.g. "docker-compose version 1.29.2, build unknown" plus the files used. */
    String describe() {
        return version + "; files: " + String.join(", ", files);
    }

    String project() {
        return project;
    }

    /** {@code <compose> -p PROJECT -f docker-compose.yml [-f override] ARGS}, in the checkout's root. */
    Command.Result run(Duration timeout, String... args) {
        List<String> argv = new ArrayList<>(program);
        argv.add("-p");
        argv.add(project);
        for (String file : files) {
            argv.add("-f");
            argv.add(file);
        }
        argv.addAll(List.of(args));
        return new Command(argv, env).run(timeout);
    }

    /** The ids of the project's containers, running or not (compose labels them, v1 and v2 alike). */
    List<String> containers(String... service) {
        List<String> argv = new ArrayList<>(List.of("docker", "ps", "-a", "-q", "--filter",
                "label=com.docker.compose.project=" + project));
        for (String s : service) {
            argv.add("--filter");
            argv.add("label=com.docker.compose.service=" + s);
        }
        return new Command(argv, Map.of()).run(Duration.ofSeconds(30)).output().lines()
                .filter(l -> !l.isBlank()).toList();
    }

    /** "healthy", "starting", "unhealthy", or for a container without a health check "running" / "exited:CODE". */
    String state(String service) {
        List<String> ids = containers(service);
        if (ids.isEmpty()) {
            return "no container";
        }
        return Command.of("docker", "inspect", "-f", "{{if .State.Health}}{{.State.Health.Status}}{{else}}"
                + "{{.State.Status}}:{{.State.ExitCode}}{{end}}", ids.get(0)).run(Duration.ofSeconds(30))
                .output().strip().replace("running:0", "running");
    }

    /** Waits until every service is healthy; returns how long that took, or fails with each one's state. */
    Duration awaitHealthy(Duration timeout, String... services) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Map<String, String> states = new LinkedHashMap<>();
        while (System.nanoTime() < deadline) {
            for (String service : services) {
                states.put(service, state(service));
            }
            if (states.values().stream().allMatch("healthy"::equals)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Stack.sleep(1000);
        }
        throw new AssertionError("not healthy after " + timeout.toSeconds() + " s: " + states);
    }
}
