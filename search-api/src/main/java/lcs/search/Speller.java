package lcs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import lcs.query.Aliases;
import lcs.schema.Schema;
import lcs.schema.Tokens;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word the index does not know with the closest word it does
 * (Lucene's DirectSpellChecker over the neutral fields, so no separate dictionary to build).
 */
final class Speller {
  private static final List<String> FIELDS = List.of(Schema.CITY, Schema.COUNTRY, Schema.TITLE, Schema.BODY);

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Aliases aliases;

  Speller(Aliases aliases) {
    this.aliases = aliases;
  }

  /** The corrected query text, or null when every word is known or none has a correction. */
  String correct(IndexSnapshot s, String q) {
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
      String best = best(s.reader(), tokens.get(0));
      if (best != null) {
        words[i] = word.replace(core, matchCase(core, best));
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

  private String best(IndexReader reader, String token) {
    SuggestWord best = null;
    try {
      for (String f : FIELDS) {
        for (SuggestWord w : checker.suggestSimilar(new Term(f, token), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
          if (best == null || w.score > best.score || (w.score == best.score && w.freq > best.freq)) {
            best = w;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best == null ? null : best.string;
  }

  /** "Ljubjana" → "Ljubljana", not "ljubljana". */
  private static String matchCase(String typed, String suggestion) {
    if (Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
    }
    return suggestion;
  }
}
