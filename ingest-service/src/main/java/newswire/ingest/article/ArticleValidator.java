package newswire.ingest.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.OptionalInt;
import newswire.contract.Article;
import newswire.contract.ArticleIds;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;
import newswire.ingest.text.ControlCharacters;
import newswire.ingest.text.HtmlToText;
import newswire.ingest.text.UnpairedSurrogates;

/**
 * Turns one article's JSON into the {@link Article} that is published, or says why it cannot be.
 *
 * <p>In this order: every known field must be a string (or absent/null); no text may hold an unpaired surrogate;
 * {@code body} is required and at most {@code maxBodyChars} long; C0 control characters other than tab, newline
 * and carriage return are removed from every field; a body (or title) that looks like HTML is converted to plain
 * text; the body must still have text after that; and the id is the client's or, when absent, derived by
 * {@link ArticleIds#idFor} from the cleaned article, so the same article sent twice gets the same id and key.
 */
public final class ArticleValidator {

    private static final List<String> TEXT_FIELDS =
            List.of("id", "title", "body", "source", "url", "publishedAt", "language");

    private final int maxBodyChars;
    private final int maxIdChars;

    public ArticleValidator(int maxBodyChars, int maxIdChars) {
        this.maxBodyChars = maxBodyChars;
        this.maxIdChars = maxIdChars;
    }

    /**
     * The outcome for one article: either {@code article} or {@code problem} is set.
     *
     * @param htmlStripped whether the body was HTML and was converted to text
     */
    public record Result(Article article, boolean htmlStripped, Problem problem) {

        static Result refused(ProblemType type, String detail) {
            return new Result(null, false, type.with(detail));
        }

        public boolean accepted() {
            return article != null;
        }
    }

    public Result validate(JsonNode json) {
        if (json == null || !json.isObject()) {
            return Result.refused(ProblemType.INVALID_ARTICLE, "An article must be a JSON object with at least a "
                    + "\"body\" field, but this is a JSON " + nodeType(json) + ".");
        }
        for (String field : TEXT_FIELDS) {
            JsonNode value = json.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return Result.refused(ProblemType.INVALID_ARTICLE, "Field \"" + field + "\" must be a string, "
                        + "but it is a JSON " + nodeType(value) + ".");
            }
            if (value != null && value.isTextual()) {
                OptionalInt at = UnpairedSurrogates.find(value.textValue());
                if (at.isPresent()) {
                    return Result.refused(ProblemType.INVALID_ARTICLE, "Field \"" + field + "\" holds an unpaired "
                            + "UTF-16 surrogate (a \\uD800-\\uDFFF escape without its partner) at character "
                            + at.getAsInt() + ": it is not text and cannot be published.");
                }
            }
        }
        String rawBody = text(json, "body");
        if (rawBody == null) {
            return Result.refused(ProblemType.INVALID_ARTICLE,
                    "Field \"body\" is required: it holds the article's text.");
        }
        if (rawBody.length() > maxBodyChars) {
            return Result.refused(ProblemType.BODY_TOO_LARGE, "The body has " + rawBody.length()
                    + " characters; at most " + maxBodyChars + " are accepted.");
        }
        boolean html = HtmlToText.looksLikeHtml(rawBody);
        String body = ControlCharacters.strip(rawBody);
        if (html) {
            body = HtmlToText.toText(body);
        }
        if (body.isBlank()) {
            return Result.refused(ProblemType.INVALID_ARTICLE, html
                    ? "Field \"body\" has no text once its HTML markup is removed."
                    : "Field \"body\" is blank: it must hold the article's text.");
        }
        String id = clean(text(json, "id"));
        if (id != null && id.strip().length() > maxIdChars) {
            return Result.refused(ProblemType.INVALID_ARTICLE, "Field \"id\" has " + id.strip().length()
                    + " characters; at most " + maxIdChars + " are accepted (it becomes the Kafka key).");
        }
        String title = clean(text(json, "title"));
        if (title != null && HtmlToText.looksLikeHtml(title)) {
            title = HtmlToText.toSingleLine(title);
        }
        Article article = new Article(id, title, body, clean(text(json, "source")), clean(text(json, "url")),
                clean(text(json, "publishedAt")), clean(text(json, "language")));
        return new Result(article.withId(ArticleIds.idFor(article)), html, null);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.textValue();
    }

    private static String clean(String value) {
        return ControlCharacters.strip(value);
    }

    private static String nodeType(JsonNode node) {
        return node == null ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
