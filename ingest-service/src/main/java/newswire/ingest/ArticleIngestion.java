package newswire.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import newswire.contract.Article;
import newswire.ingest.article.ArticleRequest;
import newswire.ingest.article.ArticleValidator;
import newswire.ingest.kafka.ArticlePublisher;
import newswire.ingest.kafka.PublishFailure;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * Validates, cleans and publishes the articles of one request, and counts what happened to each.
 * Must be called on a worker thread: handing a record to the producer may block up to {@code max.block.ms}.
 */
@ApplicationScoped
public class ArticleIngestion {

    private static final Logger LOG = Logger.getLogger(ArticleIngestion.class);

    @Inject
    ArticlePublisher publisher;

    @Inject
    IngestMetrics metrics;

    private final ArticleValidator validator;

    @Inject
    ArticleIngestion(IngestConfig config) {
        this.validator = new ArticleValidator(config.maxBodyChars(), config.maxIdChars());
    }

    /** One article: completes with its result once the broker has acknowledged it or it was refused. */
    public CompletableFuture<ItemResult> ingestOne(ArticleRequest.Item item, Provenance provenance) {
        return ingest(item, provenance, new AtomicReference<>());
    }

    /**
     * A batch: every article is answered on its own, valid ones are published even when others are invalid.
     * Once the broker proved unavailable for one article, the batch's later articles are not sent but answered
     * 503 at once, so a large batch during an outage takes seconds, not minutes.
     */
    public CompletableFuture<BatchResult> ingestBatch(List<ArticleRequest.Item> items, Provenance provenance) {
        AtomicReference<Problem> unavailable = new AtomicReference<>();
        List<CompletableFuture<ItemResult>> results = new ArrayList<>(items.size());
        for (ArticleRequest.Item item : items) {
            results.add(ingest(item, provenance, unavailable));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(done -> BatchResult.of(results.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<ItemResult> ingest(ArticleRequest.Item item, Provenance provenance,
                                                 AtomicReference<Problem> unavailable) {
        if (item.problem() != null) {
            return CompletableFuture.completedFuture(rejected(item, null, item.problem()));
        }
        ArticleValidator.Result valid = validator.validate(item.json());
        if (!valid.accepted()) {
            return CompletableFuture.completedFuture(rejected(item, null, valid.problem()));
        }
        String id = valid.article().id();
        Problem earlier = unavailable.get();
        if (earlier != null) {
            return CompletableFuture.completedFuture(rejected(item, id, earlier.withDetail(
                    "Not sent, because an earlier article of this batch could not be published: "
                            + earlier.detail())));
        }
        if (valid.htmlStripped()) {
            metrics.htmlConverted();
        }
        long sentAt = System.nanoTime();
        // provenance comes from the request's authentication, never from the body (the validator reads no such field)
        Article article = valid.article().withProvenance(provenance.client(), provenance.receivedAt().toString());
        return publisher.publish(article).handle((published, error) -> {
            if (error == null) {
                metrics.accepted(Duration.ofNanos(System.nanoTime() - sentAt));
                return ItemResult.accepted(item.index(), item.line(), published);
            }
            Problem problem = problemOf(error);
            if (problem.status() == 503) {
                unavailable.compareAndSet(null, problem);
            }
            return rejected(item, id, problem);
        });
    }

    /** A request refused as a whole (unreadable, empty, wrong media type) counts as one rejected article. */
    public void countRefused(Problem problem) {
        metrics.rejected(problem.slug());
    }

    private ItemResult rejected(ArticleRequest.Item item, String id, Problem problem) {
        metrics.rejected(problem.slug());
        return ItemResult.rejected(item.index(), item.line(), id, problem);
    }

    private static Problem problemOf(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof PublishFailure failure) {
            return failure.problem();
        }
        Problem problem = ProblemType.INTERNAL_ERROR.with("The article could not be published.");
        LOG.errorf(cause, "unexpected failure while publishing (%s)", problem.instance());
        return problem;
    }
}
