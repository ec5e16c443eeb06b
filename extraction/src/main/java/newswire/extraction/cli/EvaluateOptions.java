package newswire.extraction.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code bin/evaluate}: gold folders, {@code --out FILE}, {@code --ablate-entity-rules}.
 *
 * @param out where to write the enriched events as NDJSON, or null
 */
record EvaluateOptions(List<Path> folders, Path out, boolean ablateEntityRules) {

    static final String USAGE = """
            usage: bin/evaluate [--out FILE] GOLD_DIR [GOLD_DIR ...]
                   bin/evaluate --ablate-entity-rules GOLD_DIR [GOLD_DIR ...]
              Enriches every gold article of each folder with the production extractor and prints score.py's
              figures per folder (and mention_score.py's table when the gold marks entity mentions).
              --out FILE             also write the enriched events to FILE, one JSON event per line
              --ablate-entity-rules  score the entity rules instead: the baseline, then each rule toggled,
                                     as mention F1 and document-level entity F1 per folder""";

    /** A command line that cannot be run, with what is wrong with it. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static EvaluateOptions parse(String[] args) throws UsageException {
        List<Path> folders = new ArrayList<>();
        Path out = null;
        boolean ablate = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--ablate-entity-rules")) {
                ablate = true;
            } else if (a.equals("--out")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--out needs a file");
                }
                out = Path.of(args[++i]);
            } else if (a.startsWith("--out=")) {
                out = Path.of(a.substring("--out=".length()));
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                folders.add(Path.of(a));
            }
        }
        if (folders.isEmpty()) {
            throw new UsageException("no gold folder given");
        }
        if (ablate && out != null) {
            // the ablation runs the entity rules alone, so its events would have no quotes
            throw new UsageException(
                    "--out writes the plain evaluation's events; leave it out of --ablate-entity-rules");
        }
        return new EvaluateOptions(List.copyOf(folders), out, ablate);
    }
}
