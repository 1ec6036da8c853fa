package lcs.analytics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lcs.query.BadRequestException;
import lcs.query.SearchRequest;

/**
 * Turns a {@code POST /api/events} body into an {@link Event}, or refuses it. Accepted:
 * <pre>
 * {"type":"search","queryId":"…","q":"ljubljana","filters":{"country":["Slovenia"]},"lang":"en","total":3}
 * {"type":"click","queryId":"…","position":2,"docId":"fx-ljubljana"}
 * </pre>
 * Bodies over {@link #MAX_BYTES}, unknown types or fields, and ids this service (or a replica with
 * the same key) did not issue in the last hour are refused. Thread-safe.
 */
public final class EventParser {
    public static final int MAX_BYTES = 2048;
    public static final int MAX_POSITION = 100;
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "de", "pt", "ru", "ar", "zh");
    private static final Pattern DOC_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Set<String> SEARCH_FIELDS = Set.of("type", "queryId", "q", "filters", "lang", "total");
    private static final Set<String> CLICK_FIELDS = Set.of("type", "queryId", "position", "docId");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(4).build())
            .build());

    private final QueryIds ids;
    private final Clock clock;

    public EventParser(QueryIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** @throws InvalidEventException saying what is wrong; nothing of a refused body is kept */
    public Event parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidEventException("the body must be one JSON event");
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidEventException(
                    "the body must be at most " + MAX_BYTES + " bytes (got " + body.length + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("the body is not valid JSON");
        } catch (java.io.IOException e) {
            throw new InvalidEventException("the body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidEventException("the body must be a JSON object");
        }
        String type = text(root, "type", 16);
        Set<String> allowed = switch (type) {
            case "search" -> SEARCH_FIELDS;
            case "click" -> CLICK_FIELDS;
            default -> throw new InvalidEventException("type: must be search or click");
        };
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new InvalidEventException("unknown field for a " + type + " event: " + clip(f));
            }
        }
        QueryIds.Verified id = ids.verify(text(root, "queryId", 64))
                .orElseThrow(() -> new InvalidEventException("queryId: not issued by this service in the last hour"));
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        return type.equals("search") ? search(root, id, hour) : click(root, id, hour);
    }

    private static Event.Search search(JsonNode root, QueryIds.Verified id, Instant hour) {
        String q = root.has("q") ? text(root, "q", SearchRequest.MAX_QUERY_CHARS) : "";
        String lang = text(root, "lang", 8);
        if (!LANGUAGES.contains(lang)) {
            throw new InvalidEventException("lang: must be one of " + new java.util.TreeSet<>(LANGUAGES));
        }
        JsonNode total = root.get("total");
        if (total == null || !total.isIntegralNumber() || !total.canConvertToLong() || total.asLong() < 0) {
            throw new InvalidEventException("total: must be a whole number, 0 or more");
        }
        // The filters go through the search API's own validation, so they are stored as it canonicalises them.
        Map<String, List<String>> params = new HashMap<>();
        JsonNode filters = root.get("filters");
        if (filters != null && !filters.isNull()) {
            if (!filters.isObject()) {
                throw new InvalidEventException("filters: must be an object of lists");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = filters.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!lcs.schema.Schema.FACETS.contains(e.getKey())) {
                    throw new InvalidEventException("filters: unknown filter " + clip(e.getKey()));
                }
                if (!e.getValue().isArray()) {
                    throw new InvalidEventException("filters." + e.getKey() + ": must be a list of strings");
                }
                var values = new ArrayList<String>();
                for (JsonNode v : e.getValue()) {
                    if (!v.isTextual()) {
                        throw new InvalidEventException("filters." + e.getKey() + ": must be a list of strings");
                    }
                    values.add(v.asText());
                }
                params.put(e.getKey(), values);
            }
        }
        Map<String, List<String>> canonical;
        try {
            canonical = SearchRequest.from(params).filters();
        } catch (BadRequestException e) {
            throw new InvalidEventException("filters." + e.getMessage());
        }
        var kept = new java.util.TreeMap<String, List<String>>();
        canonical.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                kept.put(dim, values);
            }
        });
        return new Event.Search(id.nonce(), hour, normalize(q), kept, lang, total.asLong());
    }

    private static Event.Click click(JsonNode root, QueryIds.Verified id, Instant hour) {
        JsonNode pos = root.get("position");
        if (pos == null
                || !pos.isIntegralNumber()
                || !pos.canConvertToInt()
                || pos.asInt() < 1
                || pos.asInt() > MAX_POSITION) {
            throw new InvalidEventException("position: must be a whole number from 1 to " + MAX_POSITION);
        }
        String docId = text(root, "docId", 128);
        if (!DOC_ID.matcher(docId).matches()) {
            throw new InvalidEventException("docId: must be a document id");
        }
        return new Event.Click(id.nonce(), hour, pos.asInt(), docId);
    }

    /**
     * The query as it is counted: Unicode-normalised (NFKC), lower case, runs of white space as one
     * space, trimmed, so "Ljubljana " and "ljubljana" are one query.
     */
    public static String normalize(String q) {
        String n = Normalizer.normalize(q, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    private static String text(JsonNode root, String field, int max) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual()) {
            throw new InvalidEventException(field + ": must be a string");
        }
        String s = n.asText();
        if (s.length() > max) {
            throw new InvalidEventException(field + ": must be at most " + max + " characters");
        }
        return s;
    }

    private static String clip(String s) {
        String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return c.replaceAll("\\p{Cntrl}", "?");
    }
}
