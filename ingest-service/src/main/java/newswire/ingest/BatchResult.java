package newswire.ingest;

import java.util.List;

/** The answer to a batch: how many articles were accepted and rejected, and the answer for each, in order. */
public record BatchResult(int accepted, int rejected, List<ItemResult> results) {

    static BatchResult of(List<ItemResult> results) {
        int accepted = (int) results.stream().filter(ItemResult::isAccepted).count();
        return new BatchResult(accepted, results.size() - accepted, results);
    }

    /** Whether some article may succeed if sent again later (the broker was unavailable or busy). */
    public boolean worthRetrying() {
        return results.stream().anyMatch(r -> r.status() == 503);
    }
}
