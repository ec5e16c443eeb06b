package newswire.extract.records;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import newswire.contract.Article;
import newswire.contract.ArticleIds;
import newswire.contract.Json;

/**
 * Turns the raw value of an {@code articles} record into an {@link Article} ready for extraction, or says
 * precisely why it cannot: pure, no Kafka and no Quarkus, so every rejection is unit-tested.
 *
 * <p>The service consumes raw bytes rather than letting a Kafka deserializer map them, so a bad record reaches
 * this code (and then the dead-letter topic with a reason) instead of failing inside the consumer.
 */
public final class ArticleRecordReader {

    private static final ObjectReader JSON = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final int maxBodyChars;

    public ArticleRecordReader(int maxBodyChars) {
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("max body chars must be positive, was " + maxBodyChars);
        }
        this.maxBodyChars = maxBodyChars;
    }

    /**
     * @return the article, with its id filled in by {@link ArticleIds#idFor} when the producer sent none
     * @throws UnprocessableRecordException naming the first thing wrong with the record
     */
    public Article read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnprocessableRecordException(RejectReason.EMPTY_RECORD,
                    value == null ? "the record has no value" : "the record value is zero bytes");
        }
        JsonNode tree = parse(value);
        if (!tree.isObject()) {
            throw new UnprocessableRecordException(RejectReason.NOT_AN_ARTICLE,
                    "expected a JSON object, got " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Article article = toArticle(tree);
        checkBody(article.body());
        return article.withId(ArticleIds.idFor(article));
    }

    private static JsonNode parse(byte[] value) {
        try {
            JsonNode tree = JSON.readTree(value);
            if (tree == null || tree.isMissingNode()) {
                throw new UnprocessableRecordException(RejectReason.NOT_JSON, "the record holds only whitespace");
            }
            return tree;
        } catch (JacksonException e) {
            throw new UnprocessableRecordException(RejectReason.NOT_JSON, e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            // readTree(byte[]) declares IOException; from memory it only happens for malformed input
            throw new UnprocessableRecordException(RejectReason.NOT_JSON, e.getMessage(), e);
        }
    }

    private static Article toArticle(JsonNode tree) {
        try {
            return Json.mapper().treeToValue(tree, Article.class);
        } catch (JacksonException e) {
            throw new UnprocessableRecordException(RejectReason.NOT_AN_ARTICLE, e.getOriginalMessage(), e);
        }
    }

    private void checkBody(String body) {
        if (body == null) {
            throw new UnprocessableRecordException(RejectReason.NOT_AN_ARTICLE, "it has no \"body\"");
        }
        if (body.isBlank()) {
            throw new UnprocessableRecordException(RejectReason.NOT_AN_ARTICLE, "its \"body\" is blank");
        }
        if (body.length() > maxBodyChars) {
            throw new UnprocessableRecordException(RejectReason.BODY_TOO_LARGE,
                    body.length() + " characters, the limit is " + maxBodyChars
                            + " (newswire.extract.max-body-chars)");
        }
    }
}
