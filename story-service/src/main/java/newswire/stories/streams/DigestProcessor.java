package newswire.stories.streams;

import java.nio.ByteBuffer;
import newswire.contract.EnrichedArticle;
import newswire.stories.grouping.ArticleDigest;
import newswire.stories.grouping.Digester;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Digests an article and tags it with the partition of {@code articles.enriched} it came from (a header, carried
 * through the {@code assign} repartition topic), so the assigner knows how far behind each input partition is.
 */
final class DigestProcessor implements FixedKeyProcessor<String, EnrichedArticle, ArticleDigest> {

    static final String SOURCE_PARTITION = "newswire-source-partition";

    private final Digester digester;
    private FixedKeyProcessorContext<String, ArticleDigest> context;

    DigestProcessor(Digester digester) {
        this.digester = digester;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleDigest> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        Headers headers = new RecordHeaders(record.headers().toArray()).remove(SOURCE_PARTITION);
        context.recordMetadata().ifPresent(meta ->
                headers.add(SOURCE_PARTITION, ByteBuffer.allocate(4).putInt(meta.partition()).array()));
        context.forward(record.withValue(digester.digest(record.value())).withHeaders(headers));
    }

    /** The source partition a digest came from, or -1 when unknown (all such records count as one partition). */
    static int sourcePartition(Headers headers) {
        Header header = headers.lastHeader(SOURCE_PARTITION);
        return header == null || header.value().length != 4 ? -1 : ByteBuffer.wrap(header.value()).getInt();
    }
}
