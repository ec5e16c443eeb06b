package newswire.stories.streams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswire.contract.EnrichedArticle;
import newswire.contract.EntityRecord;
import newswire.contract.QuoteRecord;
import newswire.stories.grouping.EntityKeys;
import newswire.stories.model.ArticleView;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each article's text and quote spans for the page's article view, in the partition of its article id
 * (the latest version wins, so a corrected article replaces its text).
 */
final class ArticleViewProcessor implements Processor<String, EnrichedArticle, Void, Void> {

    private KeyValueStore<String, ArticleView> views;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        views = context.getStateStore(StoryTopology.ARTICLE_VIEWS);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null || article.articleId() == null) {
            return;
        }
        views.put(article.articleId(), view(article));
    }

    static ArticleView view(EnrichedArticle article) {
        Map<String, String> keyById = new HashMap<>();
        for (EntityRecord entity : article.entities() == null ? List.<EntityRecord>of() : article.entities()) {
            keyById.put(entity.id(), EntityKeys.keyOf(entity));
        }
        List<ArticleView.QuoteSpan> spans = new ArrayList<>();
        for (QuoteRecord quote : article.quotes() == null ? List.<QuoteRecord>of() : article.quotes()) {
            String speaker = quote.speaker() == null ? null : quote.speaker().name();
            String speakerKey = quote.speaker() == null ? null : keyById.get(quote.speaker().entityId());
            spans.add(new ArticleView.QuoteSpan(quote.start(), quote.end(), speakerKey, speaker,
                    quote.cue() == null ? null : quote.cue().text(),
                    quote.cue() == null ? null : quote.cue().start(), quote.cue() == null ? null : quote.cue().end()));
        }
        return new ArticleView(article.articleId(), article.title(), article.source(), article.url(),
                article.publishedAt(), article.body(), spans);
    }
}
