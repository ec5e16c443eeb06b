package newswire.apikeys;

import java.util.Set;

/**
 * One configured key: whose it is, what it may do, and its hash. A client can have several keys at once, which is
 * how a key is rotated without downtime: the new one is added, clients move to it, the old one is removed or marked
 * revoked.
 *
 * @param client  the client's name, which becomes {@code ingestedBy} on what it publishes
 * @param roles   {@link Roles#WRITE} and/or {@link Roles#READ}
 * @param sha256  the key's SHA-256 digest (never the key)
 * @param revoked a revoked key is refused with a message that says so, rather than as an unknown key
 */
public record ClientKey(String client, Set<String> roles, byte[] sha256, boolean revoked) {

    public ClientKey {
        roles = Set.copyOf(roles);
        sha256 = sha256.clone();
    }

    @Override
    public String toString() {
        return "ClientKey[" + client + " " + String.join(",", roles) + (revoked ? " revoked" : "") + "]";
    }
}
