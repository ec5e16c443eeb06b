package newswire.extract.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import newswire.extract.pipeline.ExtractionModels;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the NLP models are in memory. Kafka reachability is the other half of readiness and comes
 * from SmallRye's own per-channel checks, which are on by default.
 */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {

    @Inject
    ExtractionModels models;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("extraction-models").status(models.loaded()).build();
    }
}
