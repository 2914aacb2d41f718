package app.tandem.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each harness leaves its part of the results table: {@code target/bench/rows/NAME.md},
 * the table rows first ({@code | figure | median | p95 | target | result |}), then a blank line
 * and any detail. {@link ResultsTable} puts them together into {@code bench/results/latest.md}.
 */
public final class BenchRows {

    static final Path FOLDER = Path.of(System.getProperty("bench.rows", "target/bench/rows"));

    private BenchRows() {}

    /** Writes one harness's rows and details, replacing what an earlier run left. */
    public static Path write(String name, List<String> rows, List<String> details) throws IOException {
        StringBuilder md = new StringBuilder();
        rows.forEach(r -> md.append(r).append('\n'));
        if (!details.isEmpty()) {
            md.append('\n');
            details.forEach(d -> md.append(d).append('\n'));
        }
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve(name + ".md");
        Files.writeString(file, md);
        return file;
    }
}
