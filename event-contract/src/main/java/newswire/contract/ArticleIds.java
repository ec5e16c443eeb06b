package newswire.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives a stable article id when the client sends none, so that pushing the same article twice gives the
 * same id and therefore the same Kafka key (and partition, and latest-per-key compaction).
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The client's id when it gave one, else one derived from the url, else from the body's content. */
    public static String idFor(Article article) {
        if (article.id() != null && !article.id().isBlank()) {
            return article.id().strip();
        }
        if (article.url() != null && !article.url().isBlank()) {
            return "url-" + sha256Prefix(normalizeUrl(article.url()));
        }
        return "sha-" + sha256Prefix(article.body() == null ? "" : article.body());
    }

    /** Scheme and host are case-insensitive and a trailing slash or fragment does not make another page. */
    static String normalizeUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int schemeEnd = u.indexOf("://");
        if (schemeEnd > 0) {
            int pathStart = u.indexOf('/', schemeEnd + 3);
            String head = pathStart < 0 ? u : u.substring(0, pathStart);
            String tail = pathStart < 0 ? "" : u.substring(pathStart);
            u = head.toLowerCase(Locale.ROOT) + tail;
        }
        return u;
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
