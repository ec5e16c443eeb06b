package newswire.apikeys;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys a service accepts, parsed from lines such as
 *
 * <pre>
 * # client     roles        key hash (from bin/api-key)                                                 [revoked]
 * newsroom     write        sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
 * dashboard    read         sha256:fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9
 * old-feed     write        sha256:baa5a0964d3320fbc0c6a922140453c8513ea24ab8fd0577034804a967248096  revoked
 * </pre>
 *
 * in a keys file, or the same entries separated by {@code ;} in one property (handy as an environment variable).
 *
 * <p>Looking a key up compares its hash with every configured hash in constant time and without stopping at a
 * match, so the time taken says nothing about which keys exist or how close a guess was.
 */
public final class KeyRing {

    /** Reserved: the name under which requests are recorded when authentication is switched off. */
    public static final String ANONYMOUS = "anonymous";

    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-fA-F]{64}");

    private final List<ClientKey> keys;

    private KeyRing(List<ClientKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public static KeyRing empty() {
        return new KeyRing(List.of());
    }

    /**
     * @param text   lines (or {@code ;}-separated entries) of {@code client roles sha256:hex [revoked]}; {@code #}
     *               starts a comment
     * @param source where the text comes from, for error messages (a file name or a property name)
     */
    public static KeyRing parse(String text, String source) {
        List<ClientKey> keys = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf('#');
            if (comment >= 0) {
                line = line.substring(0, comment); // first, so that a ';' in a comment separates nothing
            }
            String[] entries = line.split(";", -1);
            for (int j = 0; j < entries.length; j++) {
                String entry = entries[j].strip();
                if (!entry.isEmpty()) {
                    keys.add(entry(entry, source + " line " + (i + 1)
                            + (entries.length > 1 ? " entry " + (j + 1) : "")));
                }
            }
        }
        return new KeyRing(keys).checked(source);
    }

    private static ClientKey entry(String line, String where) {
        String[] fields = line.split("\\s+");
        if (fields.length < 3 || fields.length > 4) {
            throw new InvalidKeyListException(where + ": expected 'client roles sha256:<hash> [revoked]', found "
                    + fields.length + " fields (their values are not shown, in case one is a key)");
        }
        String client = fields[0];
        if (!CLIENT.matcher(client).matches()) {
            throw new InvalidKeyListException(where + ": a client name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (client.equalsIgnoreCase(ANONYMOUS)) {
            throw new InvalidKeyListException(where + ": the client name '" + ANONYMOUS + "' is reserved for "
                    + "requests made while authentication is off");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : fields[1].toLowerCase(Locale.ROOT).split(",")) {
            if (!Roles.ALL.contains(role)) {
                throw new InvalidKeyListException(where + ": roles are 'write', 'read' or 'write,read' (client "
                        + client + ")");
            }
            roles.add(role);
        }
        if (!HASH.matcher(fields[2]).matches()) {
            throw new InvalidKeyListException(where + ": the third field must be the key's hash, 'sha256:' and 64 "
                    + "hex digits, as bin/api-key prints it; never the key itself (client " + client + ")");
        }
        boolean revoked = false;
        if (fields.length == 4) {
            if (!fields[3].equalsIgnoreCase("revoked")) {
                throw new InvalidKeyListException(where + ": the only word allowed after the hash is 'revoked' "
                        + "(client " + client + ")");
            }
            revoked = true;
        }
        byte[] sha256 = HexFormat.of().parseHex(fields[2].substring(ApiKeys.HASH_PREFIX.length()));
        return new ClientKey(client, roles, sha256, revoked);
    }

    private KeyRing checked(String source) {
        Set<String> seen = new HashSet<>();
        for (ClientKey key : keys) {
            if (!seen.add(HexFormat.of().formatHex(key.sha256()))) {
                throw new InvalidKeyListException(source + ": the same key hash is listed twice (client "
                        + key.client() + "); a key belongs to exactly one client");
            }
        }
        return this;
    }

    /** Both lists together (e.g. the property's and the file's). */
    public KeyRing plus(KeyRing other) {
        List<ClientKey> all = new ArrayList<>(keys);
        all.addAll(other.keys);
        return new KeyRing(all).checked("the configured key lists");
    }

    /** The configured key this is, revoked or not; empty when it is none of them. Constant time in the key. */
    public Optional<ClientKey> find(String presentedKey) {
        byte[] digest = ApiKeys.digest(presentedKey);
        ClientKey found = null;
        for (ClientKey key : keys) {
            // no early exit and no short-circuit: every hash is compared whatever matched before
            boolean same = MessageDigest.isEqual(key.sha256(), digest);
            found = same && found == null ? key : found;
        }
        return Optional.ofNullable(found);
    }

    /** The clients with at least one key that is not revoked. */
    public Set<String> activeClients() {
        Set<String> clients = new java.util.TreeSet<>();
        keys.stream().filter(k -> !k.revoked()).forEach(k -> clients.add(k.client()));
        return Collections.unmodifiableSet(clients);
    }

    public int size() {
        return keys.size();
    }

    public long revokedCount() {
        return keys.stream().filter(ClientKey::revoked).count();
    }

    /** For logs: counts and client names, never a hash. */
    public String summary() {
        return size() + " key(s), " + revokedCount() + " revoked, for client(s) " + activeClients();
    }
}
