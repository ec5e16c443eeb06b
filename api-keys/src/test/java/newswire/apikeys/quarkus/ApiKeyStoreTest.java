package newswire.apikeys.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import newswire.apikeys.ApiKeys;
import newswire.apikeys.InvalidKeyListException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator edits the keys file of a running service: good edits apply at once, a broken one changes nothing. */
class ApiKeyStoreTest {

    private static final String OLD = ApiKeys.generate();
    private static final String NEW = ApiKeys.generate();

    @TempDir
    Path dir;

    private static ApiKeyStore storeFor(Path file, String inline) {
        ApiKeyStore store = new ApiKeyStore();
        store.config = new AuthConfig() {
            public boolean enabled() { return true; }
            public Optional<String> keys() { return Optional.ofNullable(inline); }
            public Optional<Path> keysFile() { return Optional.of(file); }
            public Duration reloadInterval() { return Duration.ZERO; }
            public String realm() { return "newswire"; }
            public String operationsPolicy() { return "permit"; }
        };
        store.load();
        return store;
    }

    @Test
    void anEditedFileIsAppliedWithoutARestartAndABrokenEditIsNot() throws Exception {
        Path file = dir.resolve("api-keys");
        Files.writeString(file, "newsroom write " + ApiKeys.hash(OLD) + "\n");
        ApiKeyStore store = storeFor(file, "dashboard read " + ApiKeys.hash(ApiKeys.generate()));
        assertTrue(store.current().find(OLD).isPresent());
        assertTrue(store.current().find(NEW).isEmpty());

        Files.writeString(file, "newsroom write " + ApiKeys.hash(OLD) + "\nnewsroom write " + ApiKeys.hash(NEW) + "\n");
        assertTrue(store.current().find(NEW).isPresent(), "the new key works at once");
        assertTrue(store.current().find(OLD).isPresent(), "and the old one still does");
        assertEquals(3, store.current().size(), "the property's keys stay");

        Files.writeString(file, "newsroom write " + NEW + "\n"); // a key pasted where its hash belongs
        assertTrue(store.current().find(OLD).isPresent(), "a broken edit is not applied");
        assertTrue(store.current().find(NEW).isPresent());

        Files.writeString(file, "newsroom write " + ApiKeys.hash(OLD) + " revoked\nnewsroom write "
                + ApiKeys.hash(NEW) + "\n");
        assertTrue(store.current().find(OLD).orElseThrow().revoked(), "revoked while running");
    }

    @Test
    void aBrokenFileStopsTheServiceAtStart() throws Exception {
        Path file = dir.resolve("api-keys");
        Files.writeString(file, "newsroom write not-a-hash\n");
        assertThrows(InvalidKeyListException.class, () -> storeFor(file, null));
    }
}
