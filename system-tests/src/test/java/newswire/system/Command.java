package newswire.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An external program (docker, compose, kcat) run to its end within a time limit, with its output kept. */
record Command(List<String> argv, Map<String, String> env) {

    static Command of(String... argv) {
        return new Command(List.of(argv), Map.of());
    }

    /** What the program did: its exit code (-1 when it was killed at the time limit), output and duration. */
    record Result(List<String> argv, int exitCode, String output, Duration took) {

        boolean succeeded() {
            return exitCode == 0;
        }

        String firstLine() {
            return output.strip().lines().findFirst().orElse("");
        }

        /** For assertion messages: the command, how it ended and the last lines it printed. */
        String describe() {
            List<String> lines = output.lines().toList();
            return "`" + String.join(" ", argv) + "` exited " + exitCode + " after " + took.toSeconds() + " s:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        }
    }

    Result run(Duration timeout) {
        long started = System.nanoTime();
        File log = null;
        try {
            log = File.createTempFile("newswire-command-", ".log");
            ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close(); // no input: nothing may wait for a terminal
            int exit;
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                exit = process.exitValue();
            } else {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                exit = -1;
            }
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8)
                    + (exit == -1 ? "\n(killed after " + timeout.toSeconds() + " s)" : "");
            return new Result(argv, exit, output, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            // most often: the program is not installed
            return new Result(argv, 127, e.getMessage(), Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (log != null) {
                log.delete();
            }
        }
    }
}
