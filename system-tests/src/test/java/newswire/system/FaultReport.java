package newswire.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The fault tests' table, {@code target/fault-report.md}: one row per fault, also printed for the build log. */
final class FaultReport {

    private FaultReport() {
    }

    /** One row: the test, pushed, accepted, processed, dead-lettered, lost, duplicates, recovery time, notes. */
    static void append(String test, int pushed, int accepted, int processed, int deadLettered, int lost,
                       int duplicates, double recoverySeconds, String notes) {
        String row = String.format("| %s | %d | %d | %d | %d | %d | %d | %.1f s | %s |", test, pushed, accepted,
                processed, deadLettered, lost, duplicates, recoverySeconds, notes);
        System.out.println("FAULT " + row);
        try {
            Path report = Path.of("target", "fault-report.md");
            if (!Files.exists(report)) {
                Files.writeString(report, "| test | pushed | accepted | enriched | dead-lettered | lost | duplicates "
                        + "| recovery | notes |\n|---|---|---|---|---|---|---|---|---|\n");
            }
            Files.writeString(report, row + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("cannot write fault report: " + e);
        }
    }
}
