package newswire.apikeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** An operator writes a key list; the service finds each presented key in it, or says precisely what is wrong. */
class KeyRingTest {

    private static final String NEWSROOM_KEY = ApiKeys.generate();
    private static final String NEWSROOM_NEXT_KEY = ApiKeys.generate();
    private static final String DASHBOARD_KEY = ApiKeys.generate();
    private static final String OLD_KEY = ApiKeys.generate();

    private static final String FILE = """
            # client     roles        hash; a ';' in a comment separates nothing
            newsroom     write        %s
            newsroom     write        %s    # the next key, during a rotation
            dashboard    read         %s
            old-feed     write,read   %s    revoked
            """.formatted(ApiKeys.hash(NEWSROOM_KEY), ApiKeys.hash(NEWSROOM_NEXT_KEY), ApiKeys.hash(DASHBOARD_KEY),
            ApiKeys.hash(OLD_KEY));

    @Test
    void aGeneratedKeyIsPrefixedRandomAndHashedAsConfigured() {
        assertTrue(NEWSROOM_KEY.matches("nw_[A-Za-z0-9_-]{43}"), NEWSROOM_KEY);
        assertFalse(NEWSROOM_KEY.equals(NEWSROOM_NEXT_KEY));
        // the digest of the UTF-8 bytes, as `printf %s "$key" | sha256sum` prints it
        assertEquals("sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", ApiKeys.hash("foo"));
    }

    @Test
    void eachKeyIsFoundAsItsClientWithItsRoles() {
        KeyRing ring = KeyRing.parse(FILE, "api-keys");
        assertEquals(4, ring.size());
        ClientKey newsroom = ring.find(NEWSROOM_KEY).orElseThrow();
        assertEquals("newsroom", newsroom.client());
        assertEquals(Set.of(Roles.WRITE), newsroom.roles());
        assertEquals("newsroom", ring.find(NEWSROOM_NEXT_KEY).orElseThrow().client(), "two keys during a rotation");
        assertEquals(Set.of(Roles.READ), ring.find(DASHBOARD_KEY).orElseThrow().roles());
        assertTrue(ring.find(OLD_KEY).orElseThrow().revoked());
        assertEquals(Set.of("newsroom", "dashboard"), ring.activeClients());
    }

    @Test
    void anUnknownKeyIsNotFound() {
        KeyRing ring = KeyRing.parse(FILE, "api-keys");
        assertTrue(ring.find(ApiKeys.generate()).isEmpty());
        assertTrue(ring.find(NEWSROOM_KEY.substring(0, 20)).isEmpty(), "a prefix of a key is not the key");
        assertTrue(ring.find("").isEmpty());
    }

    @Test
    void entriesCanBeSeparatedBySemicolonsForAnEnvironmentVariable() {
        KeyRing ring = KeyRing.parse("newsroom write " + ApiKeys.hash(NEWSROOM_KEY) + "; dashboard read "
                + ApiKeys.hash(DASHBOARD_KEY) + ";", "NEWSWIRE_AUTH_KEYS");
        assertEquals(2, ring.size());
        assertEquals("dashboard", ring.find(DASHBOARD_KEY).orElseThrow().client());
    }

    @Test
    void aKeyWrittenWhereItsHashBelongsIsRefusedWithoutRepeatingIt() {
        var error = assertThrows(InvalidKeyListException.class,
                () -> KeyRing.parse("newsroom write " + NEWSROOM_KEY, "api-keys"));
        assertTrue(error.getMessage().contains("api-keys line 1"), error.getMessage());
        assertTrue(error.getMessage().contains("never the key itself"), error.getMessage());
        assertFalse(error.getMessage().contains(NEWSROOM_KEY), "the message must not carry the key");
    }

    @Test
    void malformedEntriesAreRefusedWithTheirPlace() {
        String hash = ApiKeys.hash(NEWSROOM_KEY);
        assertMessage("\n\nnewsroom " + hash, "line 3", "expected 'client roles sha256:<hash> [revoked]'");
        assertMessage("newsroom! write " + hash, "line 1", "client name");
        assertMessage("newsroom admin " + hash, "line 1", "roles are 'write', 'read'");
        assertMessage("newsroom write " + hash + " expired", "line 1", "only word allowed after the hash");
        assertMessage("x read " + ApiKeys.hash(DASHBOARD_KEY) + "; anonymous write " + hash, "line 1 entry 2",
                "reserved");
        assertMessage("a write " + hash + "\nb read " + hash, "api-keys", "listed twice");
    }

    private static void assertMessage(String text, String where, String what) {
        var error = assertThrows(InvalidKeyListException.class, () -> KeyRing.parse(text, "api-keys"));
        assertTrue(error.getMessage().contains(where) && error.getMessage().contains(what), error.getMessage());
    }

    @Test
    void twoListsCombineButMayNotShareAKey() {
        KeyRing a = KeyRing.parse("newsroom write " + ApiKeys.hash(NEWSROOM_KEY), "property");
        KeyRing b = KeyRing.parse("dashboard read " + ApiKeys.hash(DASHBOARD_KEY), "file");
        assertEquals(2, a.plus(b).size());
        assertThrows(InvalidKeyListException.class, () -> a.plus(a));
    }

    @Test
    void theSummaryForTheLogNamesClientsButNoHash() {
        String summary = KeyRing.parse(FILE, "api-keys").summary();
        assertEquals("4 key(s), 1 revoked, for client(s) [dashboard, newsroom]", summary);
    }
}
