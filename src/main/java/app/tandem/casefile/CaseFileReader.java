package app.tandem.casefile;

import app.tandem.base.FieldLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Reads a case file (the JSON of {@code docs/CASE-FILE.md}) into a {@link CaseFile}. Three layers:
 * {@link StrictJson} parses the bytes into a tree under strict limits (size, nesting, string
 * length, duplicate keys); {@link CaseFileSchema} (with {@link SessionSchema}) checks the tree
 * against the format through the typed accessors of {@link Fields}, collecting every problem with
 * its JSON path, not only the first. Unknown fields are ignored. Reading is all or nothing: either
 * a complete {@code CaseFile} or a {@link CaseFileException}; {@link CaseFileProblems} says its
 * problems in words. The sentences are in {@code seeds/texts/case-file.yaml}.
 */
public final class CaseFileReader {

    /** Files larger than this (10 MB) are refused without parsing. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Objects and arrays nested deeper than this are refused. */
    public static final int MAX_NESTING = 64;
    /** Strings longer than this are refused. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** Range of the three metrics. */
    public static final int METRIC_MAX = 10;
    /** Range of the CSI-4. */
    public static final int CSI4_MAX = 21;
    /** Longest plausible session, in minutes. */
    public static final int DURATION_MAX_MINUTES = FieldLimits.SESSION_MINUTES.max();
    /** Most children in a household this format accepts. */
    public static final int CHILDREN_MAX = FieldLimits.CHILDREN.max();
    /** Highest score-anchors version a file may name (an import checks it is one this Tandem has). */
    public static final int ANCHORS_VERSION_MAX = 99;
    /** Range of each HITS item: 1 never, 2 rarely, 3 sometimes, 4 fairly often, 5 frequently. */
    public static final int HITS_MIN = 1;
    /** See {@link #HITS_MIN}. */
    public static final int HITS_MAX = 5;

    private CaseFileReader() {}

    /** Reads the file at {@code file}. */
    public static CaseFile read(Path file) throws IOException, CaseFileException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw StrictJson.tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads everything from {@code in} (at most 10 MB; more is refused unread). */
    public static CaseFile read(InputStream in) throws IOException, CaseFileException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw StrictJson.tooLarge(bytes.length);
        }
        return read(bytes);
    }

    /** Reads a case file from its bytes (UTF-8 JSON). */
    public static CaseFile read(byte[] bytes) throws CaseFileException {
        if (bytes.length > MAX_BYTES) {
            throw StrictJson.tooLarge(bytes.length);
        }
        JsonNode root = StrictJson.parse(bytes);
        CaseFileSchema schema = new CaseFileSchema();
        CaseFile file = schema.caseFile(root);
        if (!schema.errors.isEmpty()) {
            throw new CaseFileException(schema.errors);
        }
        return file;
    }
}
