package org.refract.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome letter says what the structured record says, names the case by code only, and is a real PDF. */
class OutcomeLetterPdfTest {

    static OutcomeLetter letter(List<OutcomeLetter.Correction> corrections) {
        return new OutcomeLetter(
                "P-1042",
                "Severe asthma",
                "Severe asthma MDT",
                "Weekly severe asthma MDT",
                LocalDateTime.of(2026, 11, 26, 14, 0),
                "Switch therapy",
                "Mepolizumab",
                "Eosinophilic phenotype, two courses of oral steroids despite good adherence.",
                List.of("Poor adherence", "Inhaler technique"),
                List.of(new OutcomeLetter.Action(
                        "Check dispensing records", "Priya Natarajan", LocalDate.of(2026, 12, 10))),
                LocalDate.of(2027, 3, 26),
                "FeNO 62 ppb; blood eosinophils 450 cells/uL twice.",
                List.of(
                        new OutcomeLetter.Considered("Mepolizumab", "IL-5 driven", "GINA 2024 step 5", 3, 0, 1),
                        new OutcomeLetter.Considered("Dupilumab", "FeNO high", null, 1, 2, 1)),
                List.of("Dr Helen Park, pulmonologist", "Priya Natarajan, pharmacist"),
                "Dr Helen Park",
                Instant.parse("2026-11-26T14:40:00Z"),
                corrections,
                LocalDate.of(2026, 11, 26));
    }

    @Test
    void theLetterCarriesTheStructuredRecord() throws IOException {
        String text = text(OutcomeLetterPdf.render(
                letter(List.of(new OutcomeLetter.Correction(
                        "Start after the next dispensing check.",
                        "Dr Helen Park",
                        Instant.parse("2026-11-27T09:00:00Z")))),
                ZoneOffset.UTC));
        for (String expected : List.of(
                "P-1042",
                "Severe asthma",
                "Switch therapy: Mepolizumab",
                "Eosinophilic phenotype",
                "Poor adherence, Inhaler technique",
                "Check dispensing records",
                "Priya Natarajan",
                "10 December 2026",
                "26 March 2027",
                "Dupilumab",
                "1 support, 2 oppose, 1 abstain",
                "FeNO 62 ppb",
                "Signed by Dr Helen Park, chair, on 26 November 2026, 14:40",
                "Addendum of 27 November 2026, 09:00 by Dr Helen Park",
                "Start after the next dispensing check.")) {
            assertTrue(
                    text.replaceAll("\\s+", " ").contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void anUnsignedFieldOrEmptyListLeavesNoGap() throws IOException {
        OutcomeLetter full = letter(List.of());
        OutcomeLetter bare = new OutcomeLetter(
                full.caseCode(),
                full.conditionName(),
                full.teamName(),
                full.meetingTitle(),
                full.meetingStartsAt(),
                "Investigate further",
                null,
                "Spirometry first.",
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                "Dr Helen Park",
                full.signedAt(),
                List.of(),
                full.issuedOn());
        String text = text(OutcomeLetterPdf.render(bare, ZoneOffset.UTC));
        assertTrue(text.contains("No actions were assigned."), text);
        assertTrue(text.contains("No date set"), text);
        assertFalse(text.contains("Therapies considered"), text);
        assertFalse(text.contains("null"), text);
    }

    /** Writes a sample letter to look at: {@code -Doutcome.letter.sample=target/outcome-sample.pdf}. */
    @Test
    void sampleForReview() throws IOException {
        String path = System.getProperty("outcome.letter.sample");
        if (path != null) {
            java.nio.file.Files.write(
                    java.nio.file.Path.of(path),
                    OutcomeLetterPdf.render(
                            letter(List.of(new OutcomeLetter.Correction(
                                    "Start after the next dispensing check.",
                                    "Dr Helen Park",
                                    Instant.parse("2026-11-27T09:00:00Z")))),
                            ZoneOffset.UTC));
        }
    }

    @Test
    void fileNameIsTheCaseCodeAndMeetingDate() {
        assertEquals("outcome-P-1042-2026-11-26.pdf", letter(List.of()).fileName());
    }

    private static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
