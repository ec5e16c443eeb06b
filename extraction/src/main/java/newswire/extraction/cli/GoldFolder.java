package newswire.extraction.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newswire.extraction.evaluation.GoldArticle;
import newswire.extraction.evaluation.MentionScorer;

/**
 * A folder of gold articles as {@code bin/evaluate} reads it, with a short label for its tables: the folder and its
 * parent ("conll2003/testa", "shared/dev-set"), which tells the corpora apart where the last name alone would not.
 */
record GoldFolder(String label, Path path, List<GoldArticle> golds) {

    static GoldFolder read(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IOException("not a folder: " + path);
        }
        Path absolute = path.toAbsolutePath().normalize();
        int names = absolute.getNameCount();
        String label = names >= 2 ? absolute.subpath(names - 2, names).toString() : absolute.toString();
        List<GoldArticle> golds = GoldArticle.readFolder(path);
        if (golds.isEmpty()) {
            throw new IOException("no gold *.json files in " + path);
        }
        return new GoldFolder(label, path, golds);
    }

    boolean hasEntities() {
        return golds.stream().anyMatch(g -> !g.entities().isEmpty());
    }

    boolean hasMentions() {
        return MentionScorer.hasMentions(golds);
    }
}
