package newswire.extract.pipeline;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import newswire.contract.Article;
import newswire.contract.EnrichedArticle;
import newswire.extract.ExtractConfig;
import newswire.extract.records.ArticleRecordReader;
import newswire.extract.records.RejectReason;
import newswire.extract.records.UnprocessableRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * {@code articles} in, {@code articles.enriched} out.
 *
 * <p><b>Delivery.</b> At-least-once. This is a payload-to-payload processor, for which SmallRye's default
 * acknowledgement is post-processing: the outgoing message is the incoming one with a new payload, so the
 * incoming record is acked only when the Kafka sink has the broker's ack (acks=all) for the enriched record.
 * The throttled commit strategy then commits an offset only once it and every offset before it on the
 * partition are acked. A record that throws is nacked instead, and the dead-letter-queue failure strategy acks
 * it (and so lets its offset be committed) only once the dead letter itself is acked by the broker. A crash in
 * between re-delivers the article.
 *
 * <p><b>Deterministic output.</b> A re-delivered article gives a record with the same key (the article id,
 * derived by {@code ArticleIds.idFor} when absent, itself a pure function of the article) and the same entities
 * and quotes (the extractor is a pure function of the body); only {@code extractedAt} and {@code processingMs}
 * differ. Consumers can therefore treat {@code articles.enriched} as latest-per-key and ignore duplicates.
 *
 * <p><b>Threads and order.</b> Extraction is CPU-bound and takes tens of milliseconds, so it runs on the
 * {@code extraction} worker pool, never on the event loop. Parallelism comes from the channel's
 * {@code concurrency} (= {@code newswire.extract.concurrency}): that many Kafka consumers, each with its own
 * partitions and its own event-loop context, and ordered blocking execution within each. So articles of
 * different partitions are extracted in parallel while records of one partition, hence of one key, keep their
 * order: a corrected article pushed after the original always comes out after it, and latest-per-key
 * subscribers end with the correction.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final ArticleExtraction extraction;
    private final ArticleRecordReader reader;
    private final ExtractMetrics metrics;

    public ArticleProcessor(ArticleExtraction extraction, ExtractConfig config, ExtractMetrics metrics) {
        this.extraction = extraction;
        this.reader = new ArticleRecordReader(config.maxBodyChars());
        this.metrics = metrics;
    }

    @Incoming("articles-in")
    @Outgoing("enriched-out")
    @Blocking("extraction")
    public Record<String, EnrichedArticle> process(ConsumerRecord<String, byte[]> record) {
        try {
            Article article = reader.read(record.value());
            EnrichedArticle enriched = metrics.processing().record(() -> enrich(article));
            metrics.enriched();
            return Record.of(enriched.articleId(), enriched);
        } catch (UnprocessableRecordException e) {
            metrics.deadLettered(e.reason());
            LOG.warnf("Dead-lettering %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                    record.key(), e.getMessage());
            throw e;
        }
    }

    private EnrichedArticle enrich(Article article) {
        try {
            return extraction.enrich(article);
        } catch (RuntimeException | StackOverflowError e) {
            // a pathological text must not stop the consumer: it is dead-lettered with the failure as cause.
            // Other Errors (out of memory, class linkage) are the service's fault, not the article's: not caught.
            throw new UnprocessableRecordException(RejectReason.EXTRACTION_FAILED,
                    "article " + article.id() + ": " + e, e);
        }
    }
}
