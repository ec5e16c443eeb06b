package newswire.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The compose test's measured steps: printed as they happen and written to target/compose-report.md. */
final class ComposeReport {

    private final StringBuilder markdown = new StringBuilder();

    ComposeReport(String engine, String compose) {
        markdown.append("Docker engine ").append(engine).append("; ").append(compose).append("\n\n")
                .append("| step | time | notes |\n|---|---|---|\n");
        System.out.println("COMPOSE engine " + engine + "; " + compose);
    }

    void step(String step, Duration took, String notes) {
        String row = String.format(Locale.ROOT, "| %s | %.1f s | %s |", step, took.toMillis() / 1000.0, notes);
        markdown.append(row).append('\n');
        System.out.println("COMPOSE " + row);
    }

    void fact(String what, String value) {
        markdown.append("| ").append(what).append(" | | ").append(value).append(" |\n");
        System.out.println("COMPOSE | " + what + " | " + value + " |");
    }

    void write() {
        try {
            Files.writeString(Path.of("target", "compose-report.md"), markdown);
        } catch (IOException e) {
            System.out.println("cannot write the compose report: " + e);
        }
    }
}
