package newswire.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import newswire.ingest.kafka.Published;
import newswire.ingest.problem.Problem;

/**
 * The answer for one article of a batch: where it was stored ({@code status} 202), or the problem ({@code status}
 * as the single-article answer would have had, e.g. 400, 413 or 503).
 *
 * @param line the NDJSON line the article was on (1-based); absent for a JSON array
 * @param id   the article's id when it got that far (valid but not published, e.g. 503: send it again)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, Integer line, int status, String id, String topic, Integer partition,
                         Long offset, Problem problem) {

    static ItemResult accepted(int index, Integer line, Published published) {
        return new ItemResult(index, line, 202, published.id(), published.topic(), published.partition(),
                published.offset(), null);
    }

    static ItemResult rejected(int index, Integer line, String id, Problem problem) {
        return new ItemResult(index, line, problem.status(), id, null, null, null, problem);
    }

    @JsonIgnore
    public boolean isAccepted() {
        return problem == null;
    }
}
