package newswire.stories.grouping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A story's id derives from the article that founded it, so replaying the same stream gives the same ids. */
public final class StoryIds {

    private StoryIds() {
    }

    public static String foundedBy(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("story:" + articleId).getBytes(StandardCharsets.UTF_8));
            return "st-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
