package newswire.apikeys.quarkus;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import newswire.apikeys.InvalidKeyListException;
import newswire.apikeys.KeyRing;
import org.jboss.logging.Logger;

/**
 * The keys in force: those of {@code newswire.auth.keys} plus those of {@code newswire.auth.keys-file}. The file is
 * checked for changes at most once per {@code reload-interval} and re-read when it changed, so an operator rotates
 * or revokes a key by editing the file, with no restart and no moment without a valid key. A file that no longer
 * parses is not applied: the keys in force stay, and the error is logged (with a line number, never a key).
 */
@Startup // a broken key list should stop the service at start, not refuse the first request
@ApplicationScoped
public class ApiKeyStore {

    private static final Logger LOG = Logger.getLogger(ApiKeyStore.class);

    @Inject
    AuthConfig config;

    private KeyRing inline;
    private volatile KeyRing current;
    private volatile FileTime fileVersion;
    private volatile long fileSize;
    private final AtomicLong nextCheck = new AtomicLong();

    @PostConstruct
    void load() {
        if (!config.enabled()) {
            LOG.warn("AUTHENTICATION IS OFF (newswire.auth.enabled=false): anyone who can reach this port can use "
                    + "it, and everything is recorded as ingested by 'anonymous'. Use this for a local demo only.");
        }
        inline = config.keys().map(text -> KeyRing.parse(text, "newswire.auth.keys")).orElse(KeyRing.empty());
        KeyRing fromFile = config.keysFile().map(this::readFile).orElse(KeyRing.empty());
        current = inline.plus(fromFile);
        nextCheck.set(System.nanoTime() + config.reloadInterval().toNanos());
        if (config.enabled()) {
            String file = config.keysFile().map(p -> " (keys file " + p + ")").orElse("");
            if (current.size() == 0) {
                LOG.warnf("Authentication is on but no key is configured%s: requests to paths that need a key "
                        + "will be refused (401). Set newswire.auth.keys or newswire.auth.keys-file (README, Security).",
                        file);
            } else {
                LOG.infof("Authentication is on: %s%s", current.summary(), file);
            }
        }
    }

    /** The keys in force now; re-reads the keys file first when it is time to check it. */
    public KeyRing current() {
        if (config.keysFile().isPresent()) {
            long due = nextCheck.get();
            long now = System.nanoTime();
            if (now - due >= 0 && nextCheck.compareAndSet(due, now + config.reloadInterval().toNanos())) {
                reloadIfChanged(config.keysFile().get());
            }
        }
        return current;
    }

    private void reloadIfChanged(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (Objects.equals(modified, fileVersion) && size == fileSize) {
                return;
            }
            fileVersion = modified; // a broken version is reported once, not at every check
            fileSize = size;
            KeyRing updated = inline.plus(readFile(file));
            current = updated;
            LOG.infof("Keys file %s changed: now %s", file, updated.summary());
        } catch (InvalidKeyListException | UncheckedIOException | IOException e) {
            LOG.errorf("Keys file %s changed but cannot be used, the keys in force stay: %s", file, e.getMessage());
        }
    }

    private KeyRing readFile(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            KeyRing ring = KeyRing.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            fileVersion = modified;
            fileSize = size;
            return ring;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keys file " + file, e);
        }
    }
}
