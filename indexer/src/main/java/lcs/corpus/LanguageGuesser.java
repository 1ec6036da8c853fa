package lcs.corpus;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Detects the language of records that do not declare one, with the Optimaize n-gram detector
 * (the one Apache Tika ships; its 70 language profiles live inside its jar, so nothing is
 * downloaded). Thread-safe.
 */
public final class LanguageGuesser {
    /** BCP-47 "undetermined": the text was too short or too mixed to tell. */
    public static final String UNDETERMINED = "und";

    private static final int MAX_CHARS = 2_000;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageGuesser() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
        }
    }

    /** The primary language subtag of the text, or {@link #UNDETERMINED}. */
    public String guess(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return detector.detect(texts.forText(sample))
                .transform(LdLocale::getLanguage)
                .or(UNDETERMINED);
    }
}
