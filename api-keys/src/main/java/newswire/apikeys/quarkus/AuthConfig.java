package newswire.apikeys.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code newswire.auth.*} (env {@code NEWSWIRE_AUTH_*}): the same settings for both services. */
@ConfigMapping(prefix = "newswire.auth")
public interface AuthConfig {

    /**
     * Whether requests must carry a key. {@code false} is for a local demo only: every request is then taken as
     * the client {@code anonymous} with every role, and the service says so in a warning at start.
     */
    @WithDefault("true")
    boolean enabled();

    /** Key entries, {@code client roles sha256:<hash> [revoked]}, separated by {@code ;} or new lines. */
    Optional<String> keys();

    /** A file of key entries, one per line; re-read when it changes, so keys rotate without a restart. */
    Optional<Path> keysFile();

    /** How often, at most, the keys file is checked for changes. */
    @WithDefault("1s")
    Duration reloadInterval();

    /** The realm named in {@code WWW-Authenticate}. */
    @WithDefault("newswire")
    String realm();

    /**
     * The Quarkus HTTP policy for {@code /q/*} (health, metrics, OpenAPI): {@code permit} (the default, so probes
     * and scrapers need no key) or {@code authenticated} (any valid key).
     */
    @WithDefault("permit")
    String operationsPolicy();
}
