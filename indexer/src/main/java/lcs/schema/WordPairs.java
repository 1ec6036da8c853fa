package lcs.schema;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Each pair of adjacent words of a field, both among a few common words ({@link PairWords}),
 * indexed as one term of a companion field, so that a two-word phrase of common words is counted
 * from one posting list instead of the positions of two in most documents (as Elasticsearch's
 * {@code index_phrases}, for common words only). The pairs come from the field's own analysis,
 * recorded while the field is indexed: the text is analysed once.
 *
 * <p>A document has the term of {@code a b} ({@link PairWords#term}: the two words' numbers) for
 * every token {@code a} at a position and {@code b} at the next one, both among the words (every
 * combination where tokens are stacked), so exactly when a phrase query for {@code a b} on the
 * field matches it.
 */
final class WordPairs {
    private static final FieldType PAIRS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        // Only which documents hold a pair: no frequencies, positions or norms to write.
        PAIRS_TYPE.setIndexOptions(IndexOptions.DOCS);
        PAIRS_TYPE.setOmitNorms(true);
        PAIRS_TYPE.freeze();
    }

    private WordPairs() {}

    /**
     * Adds the field {@code name} as {@code type} indexes it to {@code doc} and, unless {@code words}
     * is empty, right after it its pair field ({@link Schema#pairs}) with the pairs of its tokens
     * among {@code words}, which numbers them. The order matters: Lucene inverts a document's
     * fields in the order they were added, and the pairs are read from the first field's analysis.
     */
    static void add(Document doc, String name, String text, FieldType type, CharArrayMap<Integer> words) {
        if (words.isEmpty()) {
            doc.add(new Field(name, text, type));
            return;
        }
        var tokens = new Recorded(words);
        doc.add(new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return tokens.recording(super.tokenStream(analyzer, reuse));
            }
        });
        doc.add(new Field(Schema.pairs(name), new PairStream(tokens), PAIRS_TYPE));
    }

    /** The numbers and positions of the tokens among the words, in order, of one analysis. */
    private static final class Recorded {
        private final CharArrayMap<Integer> words;
        private int[] numbers = new int[64];
        private int[] positions = new int[64];
        private int count;
        private boolean complete;

        Recorded(CharArrayMap<Integer> words) {
            this.words = words;
        }

        TokenStream recording(TokenStream in) {
            return new TokenFilter(in) {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
                private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
                private int position = -1;

                @Override
                public boolean incrementToken() throws IOException {
                    if (!input.incrementToken()) {
                        complete = true;
                        return false;
                    }
                    position += increment.getPositionIncrement();
                    Integer number = words.get(term.buffer(), 0, term.length());
                    if (number != null) {
                        add(number, position);
                    }
                    return true;
                }

                @Override
                public void reset() throws IOException {
                    super.reset();
                    count = 0;
                    complete = false;
                    position = -1;
                }
            };
        }

        private void add(int number, int position) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count] = number;
            positions[count++] = position;
        }
    }

    /** Replays the recorded tokens as pairs, each distinct pair once: all a document's terms need. */
    private static final class PairStream extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final byte[] bytes = new byte[2];
        private final BytesRef pair = new BytesRef(bytes);
        private final Recorded tokens;
        /** The distinct pairs, each as its first word's number times MAX_WORDS plus the second's. */
        private int[] pairs = new int[0];

        private int count;
        private int next;

        PairStream(Recorded tokens) {
            this.tokens = tokens;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            if (!tokens.complete) {
                throw new IllegalStateException("word pairs read before their field was analysed");
            }
            int[] positions = tokens.positions;
            int[] numbers = tokens.numbers;
            count = 0;
            next = 0;
            for (int left = 0, right = 0; left < tokens.count; left++) {
                // The tokens of the next position (several where tokens are stacked) follow the left one's.
                while (right < tokens.count && positions[right] <= positions[left]) {
                    right++;
                }
                for (int r = right; r < tokens.count && positions[r] == positions[left] + 1; r++) {
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, Math.max(64, count * 2));
                    }
                    pairs[count++] = numbers[left] * PairWords.MAX_WORDS + numbers[r];
                }
            }
            Arrays.sort(pairs, 0, count);
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (i == 0 || pairs[i] != pairs[i - 1]) {
                    pairs[distinct++] = pairs[i];
                }
            }
            count = distinct;
        }

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int key = pairs[next++];
            bytes[0] = (byte) (key / PairWords.MAX_WORDS);
            bytes[1] = (byte) (key % PairWords.MAX_WORDS);
            term.setBytesRef(pair);
            return true;
        }
    }
}
