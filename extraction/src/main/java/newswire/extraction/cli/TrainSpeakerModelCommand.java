package newswire.extraction.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newswire.extraction.quotes.SpeakerTrainer;

/**
 * {@code bin/train-speaker-model [TRAIN_DIR DEV_DIR RESOURCES_DIR]}: learns the cue words and the speaker ranking
 * model from PolNeAR's annotated quotations and writes them where the extractor reads them. Defaults: the shared
 * corpora beside the checkout and {@code extraction/src/main/resources}.
 */
public final class TrainSpeakerModelCommand {

    private TrainSpeakerModelCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("newswire.root", "."));
        Path train = Path.of(args.length > 0 ? args[0] : root.resolve("../shared/corpora/polnear/train").toString());
        Path dev = Path.of(args.length > 1 ? args[1] : root.resolve("../shared/corpora/polnear/dev").toString());
        Path resources = Path.of(args.length > 2 ? args[2] : root.resolve("extraction/src/main/resources").toString());
        for (Path dir : new Path[] {train, dev}) {
            if (!Files.isDirectory(dir)) {
                System.err.println("no annotated corpus at " + dir + " (see ../shared/corpora/polnear/README.md)");
                System.exit(2);
            }
        }
        long started = System.nanoTime();
        SpeakerTrainer.train(train, dev, resources, System.err);
        System.err.printf("written to %s in %.0f s%n", resources, (System.nanoTime() - started) / 1e9);
    }
}
