package lcs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lcs.schema.Schema;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights the bodies of the hits shown. The bodies come from the records the page already read:
 * Lucene's {@link UnifiedHighlighter} would read each of them from the stored fields a second time
 * (about a fifth of what highlighting cost). Thread-safe: each call has a highlighter of its own,
 * built from one shared configuration and field list.
 */
final class BodyHighlighter {
    private static final String[] FIELDS = {Schema.BODY};
    private static final int[] ONE_PASSAGE = {1};

    private final UnifiedHighlighter.Builder config;
    private final FieldInfos fields;

    /** {@code stemmedBodies}: the per-language copies of the body, whose matches count in the body. */
    BodyHighlighter(IndexSearcher searcher, FieldInfos fields, Set<String> stemmedBodies) {
        this.fields = fields;
        this.config = UnifiedHighlighter.builder(searcher, Schema.analyzer())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new WordBreaks(), IndexSnapshot.SNIPPET_GOAL, 0.3f))
                .withMaxNoHighlightPassages(0)
                .withMaskedFieldsFunc(f -> f.equals(Schema.BODY) ? stemmedBodies : Set.of());
    }

    /**
     * The best passage of each body for {@code query}, formatted; null where the body has no match.
     * {@code bodies[i]} is the stored body of document {@code docIds[i]}.
     */
    String[] highlight(Query query, int[] docIds, String[] bodies) throws IOException {
        var bodyOf = new HashMap<Integer, String>();
        for (int i = 0; i < docIds.length; i++) {
            bodyOf.put(docIds[i], bodies[i]);
        }
        return new OneRequest(bodyOf)
                .highlightFields(FIELDS, query, docIds, ONE_PASSAGE)
                .get(Schema.BODY);
    }

    private final class OneRequest extends UnifiedHighlighter {
        private final Map<Integer, String> bodyOf;

        OneRequest(Map<Integer, String> bodyOf) {
            super(config);
            this.bodyOf = bodyOf;
        }

        /** The shared list: the default merges every segment's field list on first use. */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            return fields.fieldInfo(field);
        }

        /** The bodies given, cut at the highlighter's maximum length as its own loading does. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            var values = new ArrayList<CharSequence[]>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                String body = bodyOf.get(doc);
                values.add(new CharSequence[] {
                    body == null ? null : body.substring(0, Math.min(getMaxLength(), body.length()))
                });
            }
            return values;
        }
    }
}
