package newswire.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import newswire.benchmarks.stories.LabelledStream;
import newswire.benchmarks.stories.PairwiseAgreement;
import newswire.benchmarks.stories.ReplayStream;
import newswire.benchmarks.stories.StoriesWatcher;
import newswire.benchmarks.stories.StoryServiceProcess;
import newswire.broker.KafkaBroker;
import newswire.broker.KafkaBrokerConfig;
import newswire.broker.NewswireTopics;
import newswire.contract.EnrichedArticle;
import newswire.contract.Json;
import newswire.contract.Topics;
import newswire.stories.grouping.OfflineStoryGrouper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of the real story service: a real broker (the kafka-broker module's, as {@code bin/stack} starts it)
 * and the packaged service as a child process; enriched events made from the labelled stream's real extractor
 * output ({@link ReplayStream}) are produced to {@code articles.enriched}, and a subscriber of {@code stories}
 * notes when each article first shows up in a story.
 *
 * <p>After a warm-up (one replay of the base stream, earlier than the rest, until all of it shows up in stories),
 * two phases: a flood of {@code -Devents} (default 10,000) events as fast as the producer goes, for events/s
 * processed and the delay under a backlog; then {@code -Dpaced} (default 300) more at {@code -Drate} events/s
 * (default: half the flood's measured rate), for the delay of a service that keeps up. Prints events/s, delay
 * median / p95 / max, the size of the Streams state folder, of the {@code stories} topic and the changelogs on
 * disk, and the service's heap. Run with {@code bin/benchmark-stories}.
 */
public final class StoryServiceBenchmark {

    private static final Duration WAIT_IDLE = Duration.ofSeconds(120);

    private StoryServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "story-service/target/quarkus-app/quarkus-run.jar");
        Path enrichedFile = Path.of(args.length > 1 ? args[1] : "benchmarks/target/story-stream.enriched.ndjson");
        Path work = Path.of(args.length > 2 ? args[2] : "benchmarks/target/story-benchmark").toAbsolutePath();
        int flood = Integer.getInteger("events", 10_000);
        int paced = Integer.getInteger("paced", 300);
        Integer rateOption = Integer.getInteger("rate");
        int outlets = Integer.getInteger("outlets", 4);
        String heap = System.getProperty("serviceHeap", "512m");

        List<EnrichedArticle> base = readOrEnrich(enrichedFile);
        Map<String, String> baseGold = readGold(StoryGroupingEvaluation.goldFile(enrichedFile));
        // rounds start 40 days apart: beyond the base stream's span (about a month) plus the 3-day window
        List<EnrichedArticle> events = ReplayStream.of(base, flood + paced, outlets, Duration.ofDays(40));
        System.out.printf("replayed stream: %d events from %d enriched articles (%d outlets per article and round); "
                + "%d cores, load average %s, service -Xmx%s%n", events.size(), base.size(), outlets,
                Runtime.getRuntime().availableProcessors(), loadAverage(), heap);

        deleteTree(work);
        Files.createDirectories(work);
        KafkaBrokerConfig brokerConfig = new KafkaBrokerConfig(KafkaBrokerConfig.freePort(),
                KafkaBrokerConfig.freePort(), work.resolve("kafka"), System.getProperty("java.class.path"), "512m");
        Path stateDir = work.resolve("streams-state");
        try (KafkaBroker broker = KafkaBroker.start(brokerConfig)) {
            int storyPartitions = createTopics(broker);
            try (StoriesWatcher watcher = new StoriesWatcher(broker.bootstrapServers(), Topics.STORIES,
                    storyPartitions);
                 StoryServiceProcess service = StoryServiceProcess.start(jar, broker.bootstrapServers(), stateDir,
                         heap, work.resolve("story-service.log"));
                 KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                AtomicLong peakHeap = new AtomicLong(-1);
                AtomicLong peakRss = new AtomicLong(-1);
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleAtFixedRate(() -> {
                    peakHeap.accumulateAndGet(service.heapUsedBytes(), Math::max);
                    peakRss.accumulateAndGet(service.residentBytes(), Math::max);
                }, 0, 1, TimeUnit.SECONDS);
                // warm-up: the service's first rebalance, JIT and RocksDB opening stay out of the figures
                List<EnrichedArticle> warmUp = ReplayStream.of(base, base.size(), 1, Duration.ofDays(40), -1);
                produce(producer, warmUp, 0);
                awaitSeen(watcher, warmUp);
                System.out.printf("warm-up: %d of %d events seen in stories%n", countSeen(watcher, warmUp),
                        warmUp.size());
                long cpuBefore = service.cpuNanos();

                List<EnrichedArticle> floodEvents = events.subList(0, flood);
                long[] sent = produce(producer, floodEvents, 0);
                long producedAt = System.nanoTime();
                awaitSeen(watcher, floodEvents);
                double floodRate = report("flood", floodEvents, sent, producedAt, watcher,
                        service.cpuNanos() - cpuBefore);

                if (paced > 0) {
                    int rate = rateOption != null ? rateOption : Math.max(1, (int) (floodRate / 2));
                    List<EnrichedArticle> pacedEvents = events.subList(flood, flood + paced);
                    long cpuPaced = service.cpuNanos();
                    long[] pacedSent = produce(producer, pacedEvents, rate);
                    long pacedProducedAt = System.nanoTime();
                    awaitSeen(watcher, pacedEvents);
                    report("paced at " + rate + "/s", pacedEvents, pacedSent, pacedProducedAt, watcher,
                            service.cpuNanos() - cpuPaced);
                }
                sampler.shutdownNow();
                long heapNow = service.heapUsedBytes();
                List<EnrichedArticle> all = new ArrayList<>(warmUp);
                all.addAll(events);
                System.out.println();
                System.out.println("grouping of the replayed events: the service's stories against the same events "
                        + "through OfflineStoryGrouper (the same matching code, one thread, in publication order) and "
                        + "against the gold events (each round's copy of an event is an event of its own)");
                compareGrouping("all", all, watcher, baseGold);
                compareGrouping("warm-up", warmUp, watcher, baseGold);
                compareGrouping("flood", events.subList(0, flood), watcher, baseGold);
                if (paced > 0) {
                    compareGrouping("paced", events.subList(flood, flood + paced), watcher, baseGold);
                }
                // stopped before measuring the disk: Streams keeps RocksDB writes in memory (no WAL) until it
                // flushes on close, so the folder's size is only meaningful afterwards
                service.close();
                System.out.println();
                System.out.printf("stories: %d stories, %d story records on the topic (%.1f updates per story); "
                                + "%.1f MB of story records in all, %.1f MB for the latest version of each%n",
                        watcher.stories(), watcher.records(), (double) watcher.records() / watcher.stories(),
                        mb(watcher.bytes()), mb(watcher.latestBytes()));
                Path logs = brokerConfig.dataDir().resolve("logs");
                System.out.printf("on disk (record bytes in log segments): topic stories %.1f MB (not yet "
                                + "compacted); the service's changelog and repartition topics %.1f MB; "
                                + "articles.enriched %.1f MB; Streams state folder after stop (RocksDB) %.1f MB%n",
                        mb(sizeOf(logs, Topics.STORIES + "-")), mb(sizeOfMatching(logs, "newswire-stories-")),
                        mb(sizeOf(logs, Topics.ENRICHED + "-")), mb(size(stateDir, "")));
                System.out.printf("service memory: heap in use peak %.0f MB, now %.0f MB (of -Xmx%s); "
                                + "resident set peak %.0f MB%n", mb(peakHeap.get()), mb(heapNow),
                        heap, mb(peakRss.get()));
                if (watcher.failure() != null) {
                    System.out.println("the stories subscriber failed: " + watcher.failure());
                }
                System.out.println("load average at the end: " + loadAverage() + " (other processes share the "
                        + "cores: figures scale with what is left)");
                System.out.println("service log: " + service.log());
            }
        }
    }

    /** Pairwise agreement of the service's stories with the offline grouper's and with gold, over some events. */
    private static void compareGrouping(String phase, List<EnrichedArticle> all, StoriesWatcher watcher,
                                        Map<String, String> baseGold) {
        List<String> service = new ArrayList<>();
        for (EnrichedArticle event : all) {
            String story = watcher.storyOf(event.articleId());
            service.add(story != null ? story : "(not seen) " + event.articleId());
        }
        List<String> offline = new OfflineStoryGrouper().assignAll(all);
        System.out.printf("  %s, %d events: the service made %d stories, OfflineStoryGrouper %d%n", phase,
                all.size(), new HashSet<>(service).size(), new HashSet<>(offline).size());
        System.out.println("    service vs offline grouping, pairwise: " + PairwiseAgreement.of(offline, service));
        if (!baseGold.isEmpty()) {
            List<String> gold = new ArrayList<>();
            for (EnrichedArticle event : all) {
                String id = event.articleId();
                String round = id.substring(0, id.indexOf('-'));
                String baseId = id.substring(id.indexOf('-', id.indexOf('-') + 1) + 1);
                gold.add(round + "/" + baseGold.getOrDefault(baseId, baseId));
            }
            System.out.println("    service vs gold events, pairwise:      " + PairwiseAgreement.of(gold, service));
            System.out.println("    offline vs gold events, pairwise:      " + PairwiseAgreement.of(gold, offline));
        }
    }

    private static Map<String, String> readGold(Path file) throws IOException {
        Map<String, String> gold = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    gold.put(parts[0], parts[1]);
                }
            }
        }
        return gold;
    }

    private static List<EnrichedArticle> readOrEnrich(Path file) throws IOException {
        if (!Files.exists(file)) {
            System.out.println(file + " is missing: enriching the labelled stream first");
            LabelledStream stream = LabelledStream.load(Path.of("benchmarks/src/main/resources/story-sets"),
                    Path.of("../shared"));
            stream.writeEnriched(file);
            stream.writeGold(StoryGroupingEvaluation.goldFile(file));
        }
        List<EnrichedArticle> base = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                base.add(Json.mapper().readValue(line, EnrichedArticle.class));
            }
        }
        return base;
    }

    /** The product's topics, with {@code stories} compacted; returns the partition count of {@code stories}. */
    private static int createTopics(KafkaBroker broker) throws InterruptedException {
        Map<String, Integer> topics = NewswireTopics.all();
        int storyPartitions = topics.getOrDefault(Topics.STORIES, 4);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(Topics.STORIES, storyPartitions, (short) 1).configs(Map.of(
                    "cleanup.policy", "compact", "max.message.bytes",
                    String.valueOf(KafkaBrokerConfig.MAX_MESSAGE_BYTES))))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the stories topic", e.getCause());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create the stories topic", e);
        }
        broker.createTopics(topics);
        return storyPartitions;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(KafkaBrokerConfig.MAX_MESSAGE_BYTES));
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Sends every event (keyed by article id, as the extract service does); rate 0: as fast as possible. */
    private static long[] produce(KafkaProducer<String, String> producer, List<EnrichedArticle> events, int rate)
            throws IOException, InterruptedException {
        long[] sent = new long[events.size()];
        long start = System.nanoTime();
        for (int i = 0; i < events.size(); i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            EnrichedArticle event = events.get(i);
            sent[i] = System.nanoTime();
            producer.send(new ProducerRecord<>(Topics.ENRICHED, event.articleId(),
                    Json.mapper().writeValueAsString(event)));
        }
        producer.flush();
        return sent;
    }

    private static void awaitSeen(StoriesWatcher watcher, List<EnrichedArticle> events) throws InterruptedException {
        int seen = countSeen(watcher, events);
        long lastProgress = System.nanoTime();
        while (seen < events.size() && System.nanoTime() - lastProgress < WAIT_IDLE.toNanos()) {
            Thread.sleep(200);
            int now = countSeen(watcher, events);
            if (now > seen) {
                seen = now;
                lastProgress = System.nanoTime();
            }
        }
    }

    private static int countSeen(StoriesWatcher watcher, List<EnrichedArticle> events) {
        int seen = 0;
        for (EnrichedArticle event : events) {
            if (watcher.firstSeen(event.articleId()) != null) {
                seen++;
            }
        }
        return seen;
    }

    /** Prints the phase's figures; returns the events/s processed. */
    private static double report(String phase, List<EnrichedArticle> events, long[] sent, long producedAt,
                               StoriesWatcher watcher, long serviceCpuNanos) {
        List<Long> delays = new ArrayList<>();
        long lastSeen = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            Long seen = watcher.firstSeen(events.get(i).articleId());
            if (seen != null) {
                delays.add(seen - sent[i]);
                lastSeen = Math.max(lastSeen, seen);
            }
        }
        int missing = events.size() - delays.size();
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        double producing = (producedAt - sent[0]) / 1e9;
        double processing = (lastSeen - sent[0]) / 1e9;
        System.out.println();
        System.out.printf("%s: %d events produced in %.1f s (%.0f/s); the last seen in a story after %.1f s: "
                        + "%.0f events/s processed%s%n", phase, events.size(), producing, events.size() / producing,
                processing, delays.size() / processing, missing == 0 ? ""
                        : "; " + missing + " events NEVER seen in a story (waited " + WAIT_IDLE.toSeconds()
                        + " s without progress)");
        if (sorted.length > 0) {
            System.out.printf("  delay from producing an event to its article in a story on 'stories': median %.0f "
                            + "ms, p95 %.0f ms, max %.0f ms; service CPU %.2f ms per event%n",
                    sorted[sorted.length / 2] / 1e6, sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.95)]
                            / 1e6, sorted[sorted.length - 1] / 1e6, serviceCpuNanos / 1e6 / events.size());
        }
        return delays.size() / processing;
    }

    /** The 1-minute load average (Linux), so that figures from a busy machine read as such. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /**
     * Bytes of the regular files under a folder whose names end so ("" for all). Kafka preallocates its index
     * files (10 MB each), so for topics only the {@code .log} segments, the records themselves, count.
     */
    private static long size(Path dir, String suffix) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** The size of a topic's partition folders ({@code <topic>-<n>}). */
    private static long sizeOf(Path logs, String prefix) throws IOException {
        long total = 0;
        try (Stream<Path> dirs = Files.list(logs)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(prefix)
                    && d.getFileName().toString().substring(prefix.length()).matches("\\d+")).toList()) {
                total += size(dir, ".log");
            }
        }
        return total;
    }

    /** The size of every partition folder whose name starts so (the Streams application's internal topics). */
    private static long sizeOfMatching(Path logs, String prefix) throws IOException {
        long total = 0;
        try (Stream<Path> dirs = Files.list(logs)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(prefix)).toList()) {
                total += size(dir, ".log");
            }
        }
        return total;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
