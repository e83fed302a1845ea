package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * DejaVu Sans, regular and bold, embedded as subsets so every character prints (≥, ✓, –, …, “ ”).
 * The fonts ship on the classpath next to this class.
 */
record ReportFonts(PDFont regular, PDFont bold) {

    static ReportFonts load(PDDocument document) throws IOException {
        return new ReportFonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDFont load(PDDocument document, String name) throws IOException {
        try (var in = ReportFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new FileNotFoundException("font resource io/studycompanion/report/fonts/" + name + " is missing");
            }
            return PDType0Font.load(document, in);
        }
    }
}
