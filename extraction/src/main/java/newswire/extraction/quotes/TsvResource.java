package newswire.extraction.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The learned files the quotation step reads: tab-separated lines, "#" comments; absent before the first training. */
final class TsvResource {

    private TsvResource() {
    }

    /** The rows of the resource, each split at its tabs; none when the resource is not there. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            return rows;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
