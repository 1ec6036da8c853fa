package lcs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import lcs.query.Aliases;
import lcs.query.FuzzyExpansion;
import lcs.query.QueryFactory;
import lcs.schema.Schema;
import lcs.schema.Tokens;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * "Did you mean": replaces each word the index does not know with the closest word it does, from
 * the terms of the neutral fields, so no separate dictionary to build.
 */
final class Speller {
  private static final List<String> FIELDS = QueryFactory.TYPO_FIELDS;
  /**
   * Two edits even for words under 8 letters, which the query fuzzes by one: a correction is
   * looked for only when the query found little, so it may reach further.
   */
  private static final int MAX_EDITS = 2;
  /** Below this similarity a word is too far to be what was meant (Lucene's spell checker's default). */
  private static final float MIN_SIMILARITY = 0.5f;

  private final Aliases aliases;

  Speller(Aliases aliases) {
    this.aliases = aliases;
  }

  /**
   * The corrected query text, or null when every word is known or none has a correction.
   *
   * @param typos the query's fuzzy expansions by token, reused rather than built again
   */
  String correct(IndexSnapshot s, String q, Map<String, FuzzyExpansion> typos) {
    String[] words = q.split("\\s+");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String core = word.replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", "");
      if (core.length() < 4 || core.length() > 24 || !core.chars().allMatch(Character::isLetter) || core.equals("AND") || core.equals("OR") || core.equals("NOT")) {
        continue;
      }
      List<String> tokens = Tokens.of(Schema.neutralAnalyzer(), Schema.BODY, core);
      if (tokens.size() != 1 || known(s.reader(), tokens.get(0)) || aliases.knows(core)) {
        continue;
      }
      FuzzyExpansion.Candidate best = expansion(s.reader(), tokens.get(0), typos).best();
      if (best != null && best.similarity() >= MIN_SIMILARITY) {
        words[i] = word.replace(core, matchCase(core, best.word()));
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : null;
  }

  private static boolean known(IndexReader reader, String token) {
    try {
      for (String f : FIELDS) {
        if (reader.docFreq(new Term(f, token)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query's expansion of the word when it reached as far, else one built here. */
  private static FuzzyExpansion expansion(IndexReader reader, String token, Map<String, FuzzyExpansion> typos) {
    FuzzyExpansion e = typos.get(token);
    return e != null && e.maxEdits() == MAX_EDITS ? e : FuzzyExpansion.of(reader, token, MAX_EDITS, FIELDS);
  }

  /** "Ljubjana" → "Ljubljana", not "ljubljana". */
  private static String matchCase(String typed, String suggestion) {
    if (Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
    }
    return suggestion;
  }
}
