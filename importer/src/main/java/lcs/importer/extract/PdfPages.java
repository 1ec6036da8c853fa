package lcs.importer.extract;

import java.io.IOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lcs.importer.SkipReason;
import lcs.importer.rules.Rule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/** Drafts a record from a PDF through PDFBox: its text, and its document info (title, date, language) where set. */
final class PdfPages {
    private final TextPages text;

    PdfPages(TextPages text) {
        this.text = text;
    }

    List<Draft> drafts(byte[] bytes, String source, String location, Rule rule) throws SkipException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            String content = stripper.getText(pdf);
            if (content.isBlank()) {
                throw new SkipException(SkipReason.NO_MAIN_TEXT, "PDF has no text layer (scanned?)");
            }
            Map<String, String> known = new HashMap<>();
            PDDocumentInformation info = pdf.getDocumentInformation();
            if (info != null) {
                if (info.getTitle() != null && !info.getTitle().isBlank()) {
                    known.put("title", info.getTitle().strip());
                }
                if (info.getSubject() != null && !info.getSubject().isBlank()) {
                    known.put("summary", info.getSubject().strip());
                }
                Calendar created = info.getCreationDate();
                if (created != null) {
                    known.put(
                            "date",
                            String.format(
                                    Locale.ROOT,
                                    "%04d-%02d-%02d",
                                    created.get(Calendar.YEAR),
                                    created.get(Calendar.MONTH) + 1,
                                    created.get(Calendar.DAY_OF_MONTH)));
                }
            }
            String lang = pdf.getDocumentCatalog().getLanguage();
            if (lang != null && lang.strip().matches("[A-Za-z]{2,3}(?:[-_].*)?")) {
                known.put("language", lang.strip().substring(0, 2).toLowerCase(java.util.Locale.ROOT));
            }
            return text.drafts(unwrap(content), false, source, location, rule, known, "publication");
        } catch (IOException e) {
            throw new SkipException(SkipReason.UNREADABLE, "not a readable PDF: " + e.getMessage());
        }
    }

    /** PDF text breaks lines inside paragraphs: join lines, keeping blank-line paragraph breaks. */
    private static String unwrap(String content) {
        var out = new StringBuilder();
        for (String block : content.split("\\n\\s*\\n")) {
            String joined = block.strip().replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.append(joined).append("\n\n");
            }
        }
        return out.toString();
    }
}
