package newswire.stories.grouping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.Mention;
import newswire.contract.QuoteRecord;

/** Turns an enriched event into the digest that grouping and story building use: a pure function of the event. */
public final class Digester {

    private static final int TITLE_MAX = 120;

    private final GroupingConfig config;

    public Digester(GroupingConfig config) {
        this.config = config;
    }

    public ArticleDigest digest(EnrichedArticle article) {
        List<ArticleDigest.DigestEntity> entities = new ArrayList<>();
        Map<String, String> keyByEntityId = new HashMap<>();
        for (EntityRecord entity : nullSafe(article.entities())) {
            String key = EntityKeys.keyOf(entity);
            keyByEntityId.put(entity.id(), key);
            entities.add(new ArticleDigest.DigestEntity(key, entity.name(),
                    entity.type() == null ? "MISC" : entity.type().name(), entity.count(), entity.salience(),
                    variants(entity)));
        }
        List<ArticleDigest.DigestQuote> quotes = new ArrayList<>();
        for (QuoteRecord quote : nullSafe(article.quotes())) {
            String speakerKey = quote.speaker() == null ? null : keyByEntityId.get(quote.speaker().entityId());
            String speakerName = quote.speaker() == null ? null : quote.speaker().name();
            quotes.add(new ArticleDigest.DigestQuote(quote.id(), quote.text(), quote.start(), quote.end(),
                    speakerKey, speakerName, quote.cue() == null ? null : quote.cue().text(),
                    quote.cue() == null ? null : quote.cue().start(), quote.cue() == null ? null : quote.cue().end()));
        }
        return new ArticleDigest(article.articleId(), article.source(), article.url(), titleOf(article),
                article.publishedAt(), millis(article), entities,
                Terms.vector(article.title(), article.body(), config.maxTerms()), quotes);
    }

    /** The article's title, else its first sentence (cut at a word) so that a story always has a headline. */
    static String titleOf(EnrichedArticle article) {
        if (article.title() != null && !article.title().isBlank()) {
            return article.title().strip();
        }
        String body = article.body() == null ? "" : article.body().strip();
        int end = body.length();
        for (String stop : new String[] {". ", ".\n", "\n"}) {
            int at = body.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String lede = body.substring(0, end).strip();
        if (lede.length() > TITLE_MAX) {
            int space = lede.lastIndexOf(' ', TITLE_MAX);
            lede = lede.substring(0, space > 0 ? space : TITLE_MAX) + "…";
        }
        return lede.isEmpty() ? null : lede;
    }

    private static List<String> variants(EntityRecord entity) {
        Set<String> variants = new LinkedHashSet<>();
        if (entity.name() != null) {
            variants.add(entity.name());
        }
        for (Mention mention : nullSafe(entity.mentions())) {
            String text = mention.text();
            // pronouns and common-noun mentions ("the minister") are not spellings of the name
            if (text != null && text.length() > 2 && Character.isUpperCase(text.codePointAt(0))) {
                variants.add(text);
            }
        }
        return List.copyOf(variants);
    }

    /** The article's own time: publishedAt, else when it was extracted; an unreadable date counts as 0. */
    static long millis(EnrichedArticle article) {
        for (String text : new String[] {article.publishedAt(), article.extractedAt()}) {
            Long parsed = parse(text);
            if (parsed != null) {
                return parsed;
            }
        }
        return 0L;
    }

    private static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDate.parse(text.substring(0, Math.min(10, text.length())))
                            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
