package lcs.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lcs.command.Commands;
import lcs.importer.ImportCommand;

/**
 * The bundled corpus as the site team would make it: the raw pages under {@code corpus/pages} go
 * through {@code lcs import} with {@code corpus/rules.json} into {@code data/corpus/bundled.jsonl}.
 * The import runs again only when a page or the rules change (a digest of them is kept beside the
 * output), so {@code ./lcs serve} starts as fast as before on an unchanged corpus.
 */
public record BundledCorpus(Path pages, Path rules, Path outDir) {
    /** The bundled corpus of a project root: its pages and rules, imported under its data folder. */
    public static BundledCorpus of(Path root, Path dataDir) {
        return new BundledCorpus(
                root.resolve("corpus/pages"), root.resolve("corpus/rules.json"), dataDir.resolve("corpus"));
    }

    /**
     * Imports the pages unless the output is already from the same pages and rules; returns the
     * folder to index.
     *
     * @throws IllegalStateException with the importer's own report when the import fails
     */
    public Path prepare() {
        try {
            String digest = digest();
            Path out = outDir.resolve("bundled.jsonl");
            Path stamp = outDir.resolve(".pages-digest");
            if (Files.exists(out)
                    && Files.exists(stamp)
                    && Files.readString(stamp).strip().equals(digest)) {
                return outDir;
            }
            Files.createDirectories(outDir);
            var report = new ByteArrayOutputStream();
            try (var log = new PrintStream(report, true, StandardCharsets.UTF_8)) {
                String[] args = {
                    "--rules", rules.toString(), "--out", out.toString(), "--allow-shrink", pages.toString()
                };
                int status = Commands.execute(new ImportCommand(), args, Map.of(), log, log);
                if (status != 0) {
                    throw new IllegalStateException("importing the bundled pages " + pages + " failed:\n"
                            + report.toString(StandardCharsets.UTF_8).strip());
                }
            }
            Files.writeString(stamp, digest + "\n");
            return outDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import the bundled pages into " + outDir, e);
        }
    }

    /** SHA-256 over the rules and every page's relative path and bytes. */
    private String digest() throws IOException {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(rules));
            List<Path> files;
            try (Stream<Path> walk = Files.walk(pages)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                sha.update(pages.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
