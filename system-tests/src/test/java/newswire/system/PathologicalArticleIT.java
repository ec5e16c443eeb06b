package newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import newswire.contract.DeadLetterHeaders;
import newswire.contract.Json;
import newswire.contract.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Pathological input: a 5 MB article written straight to the topic (past ingest's limit) and an article with
 * 50 000 quote marks. Neither stalls the ordinary articles behind it beyond the stated bound, and the extract
 * service stays up and ready (its heap is 1 GB).
 */
class PathologicalArticleIT {

    /** The stated bound: ordinary articles pushed right behind the pathological ones are out within this. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void monstersDoNotStallTheOthers() throws Exception {
        try (Stack stack = Stack.start()) {
            String fiveMegabytes = "The council met again. ".repeat(5 * 1024 * 1024 / 23);
            IngestClient.Answer tooLarge = stack.ingestClient().postArticle(Map.of("body", fiveMegabytes));
            assertEquals(413, tooLarge.status(), "ingest refuses it with 413");

            DeliveryLedger ledger = new DeliveryLedger();
            writeStraightToTheTopic(stack, "monster-5mb", fiveMegabytes);
            ledger.pushed("monster-5mb");
            ledger.accepted("monster-5mb");

            String quoteMarks = "\"Yes,\" she said. \"No.\" ".repeat(50_000 / 4);
            IngestClient.Answer marks = stack.ingestClient().postArticle(Map.of("id", "monster-marks", "body", quoteMarks));
            assertEquals(202, marks.status(), () -> "50k quote marks is under the size limit: " + marks.body());
            ledger.pushed("monster-marks");
            ledger.accepted("monster-marks");

            long pushed = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                var article = Articles.article("after-monsters", i);
                ledger.pushed((String) article.get("id"));
                assertEquals(202, stack.ingestClient().postArticle(article).status());
                ledger.accepted((String) article.get("id"));
            }
            ledger.collect(stack.bootstrapServers(), BOUND.plusSeconds(30));
            double seconds = (System.nanoTime() - pushed) / 1e9;
            ledger.report("5 MB article + 50k quote marks", seconds,
                    String.format("10 ordinary articles behind them out in %.1f s (bound %d s)", seconds,
                            BOUND.toSeconds()));
            assertEquals(0, ledger.lost());
            assertTrue(seconds < BOUND.toSeconds(), "ordinary articles out within the bound: " + seconds + " s");
            assertTrue(stack.extractor().isAlive() && stack.extractor().isReady(), "extract is up and ready");
            assertTrue(ledger.deadLettered() >= 1, "the 5 MB article is dead-lettered as too large");
            try (TopicReader dlq = new TopicReader(stack.bootstrapServers(), Topics.DEAD_LETTER)) {
                var letter = dlq.readUntil(r -> r.stream().anyMatch(x -> "monster-5mb".equals(x.key())),
                        Duration.ofSeconds(10)).stream().filter(x -> "monster-5mb".equals(x.key())).findFirst()
                        .orElseThrow();
                var reason = letter.headers().lastHeader(DeadLetterHeaders.REASON);
                assertTrue(reason != null, "the dead letter says why");
                System.out.println("5 MB article dead-lettered: " + new String(reason.value(), StandardCharsets.UTF_8));
                assertEquals(Topics.ARTICLES, new String(letter.headers().lastHeader(DeadLetterHeaders.TOPIC).value(),
                        StandardCharsets.UTF_8), "the original coordinates travel with it");
            }
        }
    }

    private static void writeStraightToTheTopic(Stack stack, String id, String body) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(16 * 1024 * 1024));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        byte[] value = Json.mapper().writeValueAsString(Map.of("id", id, "body", body)).getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, id, value)).get();
        }
    }
}
