package newswire.contract;

/** Which extractor produced an enriched event, so subscribers can tell versions apart. */
public record ExtractorInfo(String name, String version) {
}
