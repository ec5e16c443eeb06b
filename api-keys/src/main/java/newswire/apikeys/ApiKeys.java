package newswire.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a key is and how it is kept. A key is {@code nw_} and 43 base64url characters (256 random bits); the
 * services know it only by its SHA-256 hash, written {@code sha256:<64 hex digits>}.
 *
 * <p>Why a plain SHA-256 and not a slow password hash (bcrypt, Argon2): the keys are 256-bit random strings, not
 * passwords a person chose, so there is no dictionary to try and a fast hash leaves nothing to brute-force; a slow
 * hash would only add milliseconds to every request. The prefix lets secret scanners and people recognise a key.
 */
public final class ApiKeys {

    public static final String PREFIX = "nw_";
    public static final String HASH_PREFIX = "sha256:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new random key. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The form in which a key is configured: {@code sha256:} and the hex digest of its UTF-8 bytes. */
    public static String hash(String key) {
        return HASH_PREFIX + HexFormat.of().formatHex(digest(key));
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** {@code bin/api-key} in Java: prints a new key and the line that configures it. */
    public static void main(String[] args) {
        String client = args.length > 0 ? args[0] : "my-client";
        String roles = args.length > 1 ? args[1] : "write";
        String key = generate();
        System.out.println("key:  " + key);
        System.out.println("line: " + client + " " + roles + " " + hash(key));
    }
}
