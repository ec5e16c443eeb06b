package newswire.system;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a Docker engine answers on this machine. A test that needs one is skipped, with the reason, where none
 * does; where {@code NEWSWIRE_REQUIRE_DOCKER=true} (CI, which starts an engine first) it fails instead, so that a
 * broken engine cannot pass as a skipped test.
 */
final class DockerEngine {

    static final String REQUIRED = "NEWSWIRE_REQUIRE_DOCKER";

    private DockerEngine() {
    }

    /** The engine's version, e.g. {@code 20.10.24+dfsg1}; skips (or fails, where required) when none answers. */
    static String assumeAvailable(String test) {
        Command.Result version = Command.of("docker", "version", "--format", "{{.Server.Version}}")
                .run(Duration.ofSeconds(20));
        if (!version.succeeded()) {
            unavailable(test + " needs a Docker engine, and none answers here (`docker version`: "
                    + version.output().strip().replace('\n', ' ') + "). Start one to run it; on a machine without a"
                    + " container registry ../shared/compose-standins/build-standins.sh installs and starts one and"
                    + " builds the base images.");
        }
        return version.output().strip();
    }

    /** Skips the test with {@code why}, or fails it where a Docker engine is required. */
    static void unavailable(String why) {
        if ("true".equals(System.getenv(REQUIRED))) {
            fail(REQUIRED + "=true, but " + why);
        }
        Assumptions.abort(why);
    }
}
