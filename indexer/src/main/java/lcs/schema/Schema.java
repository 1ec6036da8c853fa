package lcs.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lcs.corpus.CorpusRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema, shared by the indexer and the search service: field names, analyzers, facets
 * and the mapping from a {@link CorpusRecord} to a Lucene document and back.
 *
 * <p>Text is indexed twice. The neutral fields ({@link #TITLE}, {@link #SUMMARY}, {@link #BODY},
 * {@link #CITY}, {@link #COUNTRY}) use one ICU-folded analyzer for every language, so any query
 * matches any document without regard to accents. The stemmed fields ({@link #head(String)} for
 * title and summary, {@link #body(String)} for the body) use the document's own language's
 * analyzer and exist only for the languages in {@link #STEMMED_LANGUAGES}. Every document has every
 * scored field, empty where it has no value (another language's stemmed fields, a missing summary),
 * so that norms are dense ({@link #addEmpty}).
 */
public final class Schema {
    /**
     * Bumped when fields or analysis change: an index of another version must be rebuilt. Boxed on
     * purpose: an int constant would be copied into other modules' classes at compile time and go
     * stale in an incremental build.
     */
    public static final Integer VERSION = 4;

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String CITY = "city";
    public static final String COUNTRY = "country";
    /** The stored record without its body (which is stored in {@link #BODY}), as JSON. */
    public static final String SOURCE = "_source";
    /**
     * Days since 1970 of the date (or 1 January of the year) for sorting; absent when undated. Doc
     * values to sort by, and points of the same name so that "newest first" skips the documents
     * that cannot enter the page (Lucene's numeric sort optimisation) instead of visiting them all.
     */
    public static final String DATE_SORT = "date_sort";

    /** Facet dimensions, in the order they are shown. */
    public static final List<String> FACETS = List.of("country", "region", "year", "type", "language");
    /** A facet dimension not shown as a filter: the distinct city names feed suggestions. */
    public static final String CITY_FACET = "city";

    /** In a fixed order, so that a document's fields come in the same order in every build. */
    public static final Set<String> STEMMED_LANGUAGES = Collections.unmodifiableSequencedSet(
            new LinkedHashSet<>(List.of("en", "fr", "es", "de", "pt", "ru", "ar", "zh")));

    private static final String HEAD_PREFIX = "head_";
    private static final String BODY_PREFIX = "body_";
    private static final String PAIRS_PREFIX = "pairs_";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FacetsConfig FACETS_CONFIG = new FacetsConfig();
    private static final Analyzer NEUTRAL = Analyzers.neutral();
    private static final Analyzer ANALYZER = perField(Analyzers.stemming(false));
    private static final Analyzer QUERY_ANALYZER = perField(Analyzers.stemming(true));
    private static final Map<String, CharArraySet> STOPWORDS = Analyzers.stopwords();

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        // Offsets in the postings let the UnifiedHighlighter build snippets without re-analysing.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private static final FieldType STEMMED_BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        STEMMED_BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STEMMED_BODY_TYPE.freeze();
    }

    private Schema() {}

    /** The stemmed field over title and summary for a language of {@link #STEMMED_LANGUAGES}. */
    public static String head(String lang) {
        return HEAD_PREFIX + requireStemmed(lang);
    }

    /** The stemmed field over the body for a language of {@link #STEMMED_LANGUAGES}. */
    public static String body(String lang) {
        return BODY_PREFIX + requireStemmed(lang);
    }

    /**
     * The field holding pairs of adjacent words of {@code field} as terms ({@link PairWords#term}),
     * or null if it has none: the bodies have one, neutral and stemmed,
     * because a phrase there is checked on the most documents.
     */
    public static String pairs(String field) {
        return field.equals(BODY) || (field.startsWith(BODY_PREFIX) && languageOf(field) != null)
                ? PAIRS_PREFIX + field
                : null;
    }

    /** The language of a stemmed field name, or null for any other field. */
    public static String languageOf(String field) {
        String lang = field.startsWith(HEAD_PREFIX)
                ? field.substring(HEAD_PREFIX.length())
                : field.startsWith(BODY_PREFIX) ? field.substring(BODY_PREFIX.length()) : null;
        return lang != null && STEMMED_LANGUAGES.contains(lang) ? lang : null;
    }

    /** The index-time analyzer for every field. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The query-time analyzer: the index-time one, except that it leaves German compounds whole. */
    public static Analyzer queryAnalyzer() {
        return QUERY_ANALYZER;
    }

    /** The stop words the stemmed fields leave out, by language, English first. */
    public static Map<String, CharArraySet> stopwords() {
        return STOPWORDS;
    }

    /** The language-neutral analyzer alone (ICU tokenizer and folding). */
    public static Analyzer neutralAnalyzer() {
        return NEUTRAL;
    }

    public static FacetsConfig facets() {
        return FACETS_CONFIG;
    }

    /** Maps a record to the document to index, without word pairs. */
    public static Document document(CorpusRecord r) throws IOException {
        return document(r, PairWords.NONE);
    }

    /** Maps a record to the document to index, with the pairs of {@code pairWords} in its bodies. */
    public static Document document(CorpusRecord r, PairWords pairWords) throws IOException {
        var doc = new Document();
        doc.add(new StringField(ID, r.id(), Field.Store.NO));
        // Sorted doc values on id break score ties deterministically.
        doc.add(new SortedDocValuesField(ID, new BytesRef(r.id())));
        doc.add(new TextField(TITLE, r.title(), Field.Store.NO));
        addText(doc, SUMMARY, r.summary());
        WordPairs.add(doc, BODY, r.body(), BODY_TYPE, pairWords.of(BODY));
        addText(doc, CITY, r.city());
        addText(doc, COUNTRY, r.country());
        for (String lang : STEMMED_LANGUAGES) {
            if (lang.equals(r.language())) {
                String head = r.summary() == null ? r.title() : r.title() + "\n" + r.summary();
                doc.add(new TextField(head(lang), head, Field.Store.NO));
                String body = body(lang);
                WordPairs.add(doc, body, r.body(), STEMMED_BODY_TYPE, pairWords.of(body));
            } else {
                addEmpty(doc, head(lang), TextField.TYPE_NOT_STORED);
                addEmpty(doc, body(lang), STEMMED_BODY_TYPE);
            }
        }
        LocalDate sortDate = r.date() != null ? r.date() : r.year() != null ? LocalDate.of(r.year(), 1, 1) : null;
        if (sortDate != null) {
            doc.add(new NumericDocValuesField(DATE_SORT, sortDate.toEpochDay()));
            doc.add(new LongPoint(DATE_SORT, sortDate.toEpochDay()));
        }
        Map<String, Object> source = r.toMap();
        source.remove("body");
        doc.add(new StoredField(SOURCE, JSON.writeValueAsBytes(source)));

        addFacet(doc, CITY_FACET, r.city());
        addFacet(doc, "country", r.country());
        addFacet(doc, "region", r.region());
        addFacet(doc, "year", r.year() == null ? null : r.year().toString());
        addFacet(doc, "type", r.type());
        addFacet(doc, "language", r.language());
        return FACETS_CONFIG.build(doc);
    }

    /** Reads a stored document back into the record it was built from. */
    public static CorpusRecord record(Document stored) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(stored.getBinaryValue(SOURCE).bytes, Map.class);
            Object year = m.get("year");
            Object date = m.get("date");
            return new CorpusRecord(
                    (String) m.get("id"),
                    (String) m.get("type"),
                    (String) m.get("title"),
                    stored.get(BODY),
                    (String) m.get("summary"),
                    (String) m.get("city"),
                    (String) m.get("country"),
                    (String) m.get("region"),
                    date == null ? null : LocalDate.parse((String) date),
                    year == null ? null : ((Number) year).intValue(),
                    (String) m.get("language"),
                    (String) m.get("url"),
                    (String) m.get("source"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("corrupt stored record", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stemmed languages that have fields among the given field names. */
    public static Set<String> languagesIn(Iterable<String> fieldNames) {
        var langs = new TreeSet<String>();
        for (String f : fieldNames) {
            String lang = languageOf(f);
            if (lang != null) {
                langs.add(lang);
            }
        }
        return langs;
    }

    /** Adds a text field, or an empty one (see {@link #addEmpty}) when the record has no such value. */
    private static void addText(Document doc, String name, String value) {
        if (value == null) {
            addEmpty(doc, name, TextField.TYPE_NOT_STORED);
        } else {
            doc.add(new TextField(name, value, Field.Store.NO));
        }
    }

    /**
     * Adds a field without tokens, which gives the document a norm (of 0) on it and changes nothing
     * else: no term, and BM25's statistics (documents with the field, their average length) count
     * only documents with tokens. Why: a field's norms are stored densely when every document has
     * one, and scoring then reads a document's norm directly; sparse norms (a language's stemmed
     * fields, say) were found through a search of their document list, about a seventh of the
     * CPU of the slowest queries at 1M.
     */
    private static void addEmpty(Document doc, String name, FieldType type) {
        doc.add(new Field(name, new EmptyTokenStream(), type));
    }

    private static void addFacet(Document doc, String dim, String value) {
        if (value != null) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

    private static String requireStemmed(String lang) {
        if (!STEMMED_LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("no stemming analyzer for language \"" + lang + "\"");
        }
        return lang;
    }

    private static Analyzer perField(Map<String, Analyzer> stemming) {
        var fields = new HashMap<String, Analyzer>();
        stemming.forEach((lang, analyzer) -> {
            fields.put(HEAD_PREFIX + lang, analyzer);
            fields.put(BODY_PREFIX + lang, analyzer);
        });
        return new PerFieldAnalyzerWrapper(NEUTRAL, fields);
    }
}
