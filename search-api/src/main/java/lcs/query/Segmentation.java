package lcs.query;

import java.util.ArrayList;
import java.util.List;
import lcs.query.UserQuery.Clause;
import lcs.query.UserQuery.Term;
import lcs.schema.Schema;
import lcs.schema.Tokens;

/**
 * Splits words typed without spaces in scripts that do not use them (Chinese, Japanese, Thai…)
 * into the words the neutral analyzer finds, each its own clause: {@code 深圳学习型城市} then counts
 * as several words, each can meet an alias ({@code 深圳} → Shenzhen), and the proximity bonus
 * still rewards the words in their typed order.
 */
final class Segmentation {
    private Segmentation() {}

    static UserQuery split(UserQuery query) {
        var out = new ArrayList<Clause>();
        boolean changed = false;
        for (Clause c : query.clauses()) {
            Term only = c.anyOf().size() == 1 ? c.anyOf().get(0) : null;
            if (only == null
                    || only.phrase()
                    || c.occur() == UserQuery.Occur.MUST_NOT
                    || !hasUnspacedScript(only.text())) {
                out.add(c);
                continue;
            }
            List<String> words = Tokens.of(Schema.neutralAnalyzer(), Schema.BODY, only.text());
            if (words.size() < 2) {
                out.add(c);
                continue;
            }
            for (String w : words) {
                if (out.size() < UserQuery.MAX_CLAUSES) {
                    out.add(new Clause(List.of(new Term(w, false)), c.occur()));
                }
            }
            changed = true;
        }
        return changed ? new UserQuery(out, false) : query;
    }

    private static boolean hasUnspacedScript(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO
                    || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR;
        });
    }
}
