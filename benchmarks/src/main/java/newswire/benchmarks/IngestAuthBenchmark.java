package newswire.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import newswire.broker.KafkaBroker;
import newswire.broker.KafkaBrokerConfig;
import newswire.broker.NewswireTopics;

/**
 * What authentication costs the ingest service: the same load of single-article and batch POSTs against the
 * packaged service, as a separate process on a real broker, once with authentication off, once with a key checked
 * on every request, and once with the key and the per-client rate limit (set high enough never to refuse). Rounds
 * alternate between the modes so that a machine's drift hits all of them alike; the best round of each counts.
 * Throughput and latency depend on what else the machine runs; the service's own CPU time per request (read from
 * the OS for its process) does much less, so it is printed too, as the median over the rounds.
 *
 * <p>Run with {@code bin/benchmark-ingest}; it prints the figures.
 */
public final class IngestAuthBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Mode(String name, Map<String, String> properties, String key) {
    }

    private record Result(double requestsPerSecond, double articlesPerSecond, double p50Ms, double p99Ms,
                          double serviceCpuMsPerRequest) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "ingest-service/target/quarkus-app/quarkus-run.jar");
        int clients = Integer.getInteger("clients", 8);
        int singles = Integer.getInteger("singles", 3000);
        int batches = Integer.getInteger("batches", 200);
        int batchSize = Integer.getInteger("batchSize", 50);
        int rounds = Integer.getInteger("rounds", 3);

        String key = "nw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String hash = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
        // other clients' keys too, so that a lookup compares against a realistic list, not one entry
        StringBuilder keys = new StringBuilder("bench write " + hash);
        for (int i = 0; i < 19; i++) {
            keys.append("; other-").append(i).append(" write sha256:").append(HexFormat.of().formatHex(random(32)));
        }
        List<Mode> modes = List.of(
                new Mode("auth off", Map.of("newswire.auth.enabled", "false",
                        "newswire.ingest.throttle.enabled", "false"), null),
                new Mode("API key", Map.of("newswire.auth.keys", keys.toString(),
                        "newswire.ingest.throttle.enabled", "false"), key),
                new Mode("API key + rate limit", Map.of("newswire.auth.keys", keys.toString(),
                        "newswire.ingest.throttle.requests-per-second", "1000000",
                        "newswire.ingest.throttle.request-burst", "1000000",
                        "newswire.ingest.throttle.articles-per-second", "1000000",
                        "newswire.ingest.throttle.article-burst", "1000000"), key));

        System.out.printf("ingest throughput, %d concurrent clients, %d single POSTs and %d batch POSTs of %d "
                + "articles per round, %d rounds, best round counts; %d cores%n", clients, singles, batches,
                batchSize, rounds, Runtime.getRuntime().availableProcessors());
        KafkaBroker broker = KafkaBroker.start(KafkaBrokerConfig.forTests());
        broker.createTopics(NewswireTopics.all());
        Map<String, Result> bestSingle = new LinkedHashMap<>();
        Map<String, Result> bestBatch = new LinkedHashMap<>();
        Map<String, List<Double>> cpuSingle = new LinkedHashMap<>();
        Map<String, List<Double>> cpuBatch = new LinkedHashMap<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                for (Mode mode : modes) {
                    try (Service service = Service.start(jar, broker.bootstrapServers(), mode.properties())) {
                        String url = service.url() + "/articles";
                        // warm-up: JIT, producer connections, topic metadata
                        load(service, url, mode.key(), clients, 1000, 1);
                        load(service, url, mode.key(), clients, 50, batchSize);
                        Result single = load(service, url, mode.key(), clients, singles, 1);
                        Result batch = load(service, url, mode.key(), clients, batches, batchSize);
                        System.out.printf("round %d  %-22s single %5.0f req/s (p50 %6.2f ms, p99 %6.2f ms, service "
                                        + "CPU %.3f ms/req)   batch %5.0f req/s = %6.0f articles/s (p50 %6.2f ms, "
                                        + "service CPU %.2f ms/req)%n", round, mode.name(),
                                single.requestsPerSecond(), single.p50Ms(), single.p99Ms(),
                                single.serviceCpuMsPerRequest(), batch.requestsPerSecond(), batch.articlesPerSecond(),
                                batch.p50Ms(), batch.serviceCpuMsPerRequest());
                        cpuSingle.computeIfAbsent(mode.name(), m -> new ArrayList<>())
                                .add(single.serviceCpuMsPerRequest());
                        cpuBatch.computeIfAbsent(mode.name(), m -> new ArrayList<>())
                                .add(batch.serviceCpuMsPerRequest());
                        bestSingle.merge(mode.name(), single,
                                (a, b) -> a.requestsPerSecond() >= b.requestsPerSecond() ? a : b);
                        bestBatch.merge(mode.name(), batch,
                                (a, b) -> a.articlesPerSecond() >= b.articlesPerSecond() ? a : b);
                    }
                }
            }
        } finally {
            broker.stop();
        }
        double offSingle = bestSingle.get("auth off").requestsPerSecond();
        double offBatch = bestBatch.get("auth off").articlesPerSecond();
        System.out.println();
        double offCpuSingle = median(cpuSingle.get("auth off"));
        double offCpuBatch = median(cpuBatch.get("auth off"));
        System.out.println("| mode | single POST req/s (best) | vs off | p50 ms | service CPU ms per single POST "
                + "(median) | vs off | batch POST articles/s (best) | vs off | service CPU ms per batch POST "
                + "(median) | vs off |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Mode mode : modes) {
            Result s = bestSingle.get(mode.name());
            Result b = bestBatch.get(mode.name());
            double cs = median(cpuSingle.get(mode.name()));
            double cb = median(cpuBatch.get(mode.name()));
            System.out.printf("| %s | %.0f | %+.1f%% | %.2f | %.3f | %+.1f%% | %.0f | %+.1f%% | %.2f | %+.1f%% |%n",
                    mode.name(), s.requestsPerSecond(), 100 * (s.requestsPerSecond() / offSingle - 1), s.p50Ms(),
                    cs, 100 * (cs / offCpuSingle - 1), b.articlesPerSecond(),
                    100 * (b.articlesPerSecond() / offBatch - 1), cb, 100 * (cb / offCpuBatch - 1));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code requests} POSTs of {@code perRequest} articles each, from {@code clients} threads. */
    private static Result load(Service service, String url, String key, int clients, int requests, int perRequest)
            throws Exception {
        long cpuBefore = service.cpuNanos();
        AtomicLong next = new AtomicLong();
        long[] latencies = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String body = perRequest == 1 ? article(i, 0) : batch(i, perRequest);
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
                        if (key != null) {
                            request.header("Authorization", "Bearer " + key);
                        }
                        long t = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request.POST(HttpRequest.BodyPublishers
                                .ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        latencies[(int) i] = System.nanoTime() - t;
                        int expected = perRequest == 1 ? 202 : 200;
                        if (response.statusCode() != expected) {
                            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMsPerRequest = (service.cpuNanos() - cpuBefore) / 1e6 / requests;
        java.util.Arrays.sort(latencies);
        return new Result(requests / seconds, (double) requests * perRequest / seconds,
                latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99)] / 1e6, cpuMsPerRequest);
    }

    private static String article(long request, int item) {
        return "{\"id\": \"bench-" + request + "-" + item + "-" + System.nanoTime() + "\", \"title\": \"Council vote\","
                + " \"body\": \"The city council approved the budget on Monday after a long debate. \\\"It is a good"
                + " day for the city,\\\" said Mayor Jane Doe. The opposition leader, John Smith, said the plan was"
                + " \\\"a missed chance\\\" and promised to keep pressing for lower taxes.\", \"source\": \"bench\"}";
    }

    private static String batch(long request, int size) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append(article(request, i));
        }
        return json.append(']').toString();
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The packaged ingest service as its own process, as bin/stack runs it. */
    private record Service(Process process, int port) implements AutoCloseable {

        static Service start(Path jar, String bootstrap, Map<String, String> properties) throws Exception {
            int port = KafkaBrokerConfig.freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-Dquarkus.http.port=" + port, "-Dkafka.bootstrap.servers=" + bootstrap,
                    "-Dquarkus.log.level=WARN"));
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-jar");
            command.add(jar.toString());
            Path log = Files.createTempFile("ingest-bench-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Service service = new Service(process, port);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return service;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("ingest exited: " + Files.readString(log));
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("ingest not ready: " + Files.readString(log));
        }

        String url() {
            return "http://localhost:" + port;
        }

        /** CPU time the service process has used so far, all threads, as the OS counts it. */
        long cpuNanos() {
            return process.info().totalCpuDuration().orElseThrow().toNanos();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
