package app.tandem.casefile;

import static app.tandem.casefile.Sentences.say;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict JSON layer of the case-file reader: bytes into a tree under the reading limits (size,
 * nesting, text length, no duplicate keys, nothing after the document). A file that breaks one is
 * refused with one problem naming where the parser stopped; the parser's own wording is for
 * developers and never shown.
 */
final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(CaseFileReader.MAX_NESTING)
                            .maxStringLength(CaseFileReader.MAX_STRING_LENGTH)
                            .maxNameLength(CaseFileReader.MAX_STRING_LENGTH)
                            .maxDocumentLength(CaseFileReader.MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private StrictJson() {}

    /** The refusal of a file of {@code size} bytes, over {@link CaseFileReader#MAX_BYTES}. */
    static CaseFileException tooLarge(long size) {
        return new CaseFileException(List.of("$: " + say("tooLarge", "size", size, "max", CaseFileReader.MAX_BYTES)));
    }

    /** The document as a tree, or every reason (here one) it cannot be read. */
    static JsonNode parse(byte[] bytes) throws CaseFileException {
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(bytes);
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new CaseFileException(List.of("$: " + say("empty")));
            }
            if (parser.nextToken() != null) {
                throw new CaseFileException(
                        List.of("$: " + say("trailing", "where", where(parser.currentTokenLocation()))));
            }
            return root;
        } catch (JacksonException e) {
            String path = parser == null ? "$" : shorten(pathOf(parser.streamReadContext()));
            throw new CaseFileException(List.of(path + ": " + describe(e)));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where = where(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return say("nesting", "max", CaseFileReader.MAX_NESTING, "where", where);
            }
            if (original.contains("String value length") || original.contains("Name length")) {
                return say(
                        "textTooLong", "max", String.format("%,d", CaseFileReader.MAX_STRING_LENGTH), "where", where);
            }
            if (original.contains("Document length")) {
                return say("overTenMegabytes", "where", where);
            }
            return say("readingLimit", "where", where);
        }
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            return say("duplicateKey", "where", where);
        }
        if (original.startsWith("Trailing token")) {
            return say("trailing", "where", where);
        }
        if (e instanceof UnexpectedEndOfInputException || original.contains("end-of-input")) {
            return say("truncated", "where", where);
        }
        // The parser's own wording ("Unexpected character ('`' (code 96))…") is for developers.
        return say("notJson", "where", where);
    }

    /** Very deep paths (from deep nesting) are cut: the start says where, the rest is noise. */
    private static String shorten(String path) {
        return path.length() <= 80 ? path : path.substring(0, 80) + "…";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return say("where", "line", location.getLineNr(), "column", location.getColumnNr());
    }

    /** The path of the parser's position, as {@code a.b[3].c}, or {@code $} at the root. */
    static String pathOf(TokenStreamContext context) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder();
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                if (c.getCurrentIndex() >= 0) {
                    sb.append('[').append(c.getCurrentIndex()).append(']');
                }
            } else if (c.currentName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(c.currentName());
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }
}
