package newswire.ingest;

import java.time.Instant;

/**
 * Who pushed an article and when the service received it: the authenticated client's name and the request's
 * arrival. Set by the service for every article of a request; whatever the body says about either is ignored.
 */
public record Provenance(String client, Instant receivedAt) {
}
