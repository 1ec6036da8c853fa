package lcs.search;

import java.util.List;
import java.util.Map;
import lcs.query.QueryLanguages;

/**
 * Something the visitor should know about the results beyond them. The one kind so far:
 * {@code fewInLanguage}, the query is in a language (told by its script) that few of the
 * collection's documents are in; then no spelling correction is offered, since the words are not
 * misspelt, and the page can say which languages the documents are in.
 *
 * @param kind {@code fewInLanguage}
 * @param queryLanguage the query's language, as a BCP 47 primary subtag
 * @param collectionLanguages the languages of the collection's documents, most documents first
 */
public record Notice(String kind, String queryLanguage, List<String> collectionLanguages) {
    /** Under this share of the documents, a language counts as one the collection barely has. */
    static final double FEW_IN_LANGUAGE = 0.05;

    public Notice {
        collectionLanguages = List.copyOf(collectionLanguages);
    }

    /**
     * The notice for a query written for {@code queryLanguages} (likeliest first), or null when the
     * script does not tell its language or the collection has enough documents in it.
     */
    static Notice fewInLanguage(List<String> queryLanguages, Map<String, Long> documentsByLanguage) {
        if (queryLanguages.isEmpty()) {
            return null;
        }
        long all =
                documentsByLanguage.values().stream().mapToLong(Long::longValue).sum();
        long inScript = queryLanguages.stream()
                .mapToLong(l -> documentsByLanguage.getOrDefault(l, 0L))
                .sum();
        if (all == 0 || inScript >= FEW_IN_LANGUAGE * all) {
            return null;
        }
        String language = queryLanguages.stream()
                .max(java.util.Comparator.comparingLong((String l) -> documentsByLanguage.getOrDefault(l, 0L)))
                .filter(l -> documentsByLanguage.getOrDefault(l, 0L) > 0)
                .orElse(queryLanguages.get(0));
        return new Notice("fewInLanguage", language, QueryLanguages.byDocuments(documentsByLanguage));
    }
}
