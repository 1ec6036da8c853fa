package lcs.importer.extract;

import java.util.regex.Pattern;

/**
 * Repairs words glued by a bad text extraction, where a block's last word ran into the next block's
 * first ("developmentAs the Chinese", "Vision and motivationThe overall"). The case change shows the
 * seam; the repair starts a new paragraph there, since glued blocks were separate blocks. A word
 * all lowercase before the capital splits after three letters ("planChengdu", "allAs"); a capitalised
 * one only after four lowercase letters and in a word of ten or more, so brand-style words stay whole
 * ("WordPress", "YouTube", "LinkedIn", "JavaScript").
 */
public final class Glue {
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private Glue() {}

    /** The text with a paragraph break at every glued seam. */
    public static String repair(String text) {
        var m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            int seam = seam(word);
            if (seam < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start() + seam).append("\n\n");
            last = m.start() + seam;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Where a glued word splits, or -1: a lowercase run of four or more then an uppercase letter. */
    static int seam(String word) {
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        int lower = capitalised ? 0 : 1;
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isUpperCase(c)) {
                boolean wordFollows = Character.isLowerCase(word.charAt(i + 1));
                boolean enough = capitalised ? lower >= 4 && word.length() >= 10 : lower == i && lower >= 3;
                return wordFollows && enough ? i : -1;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
