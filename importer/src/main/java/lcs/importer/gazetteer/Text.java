package lcs.importer.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name folding shared by the gazetteers: case, accents, apostrophes and spacing do not count. */
public final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\-‐-―]+");

  private Text() {}

  public static String fold(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    n = n.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace("ß", "ss")
        .replace('’', '\'').replace('ʻ', '\'').replace('ʼ', '\'');
    return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
