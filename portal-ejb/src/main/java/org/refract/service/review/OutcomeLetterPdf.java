package org.refract.service.review;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders an {@link OutcomeLetter} as an A4 PDF with OpenPDF's standard fonts (no font files to ship). The layout
 * follows an MDT outcome letter: who decided what and when, the decision with its rationale, the actions with
 * owners and dates, the follow-up, what else was considered, the minutes, and the sign-off with any addenda.
 */
public final class OutcomeLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0x8b);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, ACCENT);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11.5f, ACCENT);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, MUTED);

    private final ZoneId zone;

    private OutcomeLetterPdf(ZoneId zone) {
        this.zone = zone;
    }

    /** The letter as PDF bytes; times (sign-off, addenda) shown in {@code zone}. */
    public static byte[] render(OutcomeLetter letter, ZoneId zone) {
        return new OutcomeLetterPdf(zone).write(letter);
    }

    private byte[] write(OutcomeLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("MDT outcome " + letter.caseCode());
            document.addSubject("Outcome of the " + letter.teamName() + " review of case " + letter.caseCode());
            document.addCreator("Refract");
            document.open();
            header(document, letter);
            decision(document, letter);
            actions(document, letter);
            considered(document, letter);
            minutes(document, letter);
            signOff(document, letter);
            Paragraph note = new Paragraph(
                    "This letter records the team's recommendation. It identifies the patient"
                            + " by case code only; the treating clinician links it to the patient record and remains"
                            + " responsible for prescribing.",
                    small);
            note.setSpacingBefore(18);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException("The outcome letter could not be written.", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void header(Document document, OutcomeLetter letter) {
        document.add(new Paragraph(letter.teamName() + " \u2013 multidisciplinary team outcome", title));
        Paragraph to = new Paragraph("To the referring clinician", small);
        to.setSpacingAfter(10);
        document.add(to);
        PdfPTable facts = table(new float[] {1f, 4f});
        fact(facts, "Case", letter.caseCode());
        fact(facts, "Condition", letter.conditionName());
        fact(facts, "Meeting", letter.meetingTitle() + ", " + DATE_TIME.format(letter.meetingStartsAt()));
        fact(facts, "Letter issued", DATE.format(letter.issuedOn()));
        if (!letter.present().isEmpty()) {
            fact(facts, "Present", String.join("; ", letter.present()));
        }
        document.add(facts);
    }

    private void decision(Document document, OutcomeLetter letter) {
        section(document, "Recommendation");
        Paragraph decision = new Paragraph();
        decision.add(new Chunk(letter.decisionLabel(), bold));
        if (letter.therapyName() != null) {
            decision.add(new Chunk(": " + letter.therapyName(), bold));
        }
        document.add(decision);
        document.add(labelled("Rationale", letter.rationale()));
        if (!letter.factorsToAddress().isEmpty()) {
            document.add(labelled("Resistance factors to address", String.join(", ", letter.factorsToAddress())));
        }
        document.add(labelled(
                "Follow-up",
                letter.followUpOn() == null
                        ? "No date set"
                        : "Review on or after " + DATE.format(letter.followUpOn())));
    }

    private void actions(Document document, OutcomeLetter letter) {
        section(document, "Actions");
        if (letter.actions().isEmpty()) {
            document.add(new Paragraph("No actions were assigned.", body));
            return;
        }
        PdfPTable table = table(new float[] {3.2f, 1.6f, 1.2f});
        headerCells(table, "Action", "Owner", "Due");
        for (OutcomeLetter.Action action : letter.actions()) {
            cell(table, action.description(), body);
            cell(table, action.owner(), body);
            cell(table, DATE.format(action.dueDate()), body);
        }
        document.add(table);
    }

    private void considered(Document document, OutcomeLetter letter) {
        if (letter.considered().isEmpty()) {
            return;
        }
        section(document, "Therapies considered");
        PdfPTable table = table(new float[] {1.5f, 3f, 1.5f});
        headerCells(table, "Therapy", "Rationale and evidence", "Votes");
        for (OutcomeLetter.Considered c : letter.considered()) {
            cell(table, c.therapyName(), bold);
            cell(table, c.rationale() + (c.evidence() == null ? "" : " (" + c.evidence() + ")"), body);
            cell(table, c.support() + " support, " + c.oppose() + " oppose, " + c.abstain() + " abstain", body);
        }
        document.add(table);
    }

    private void minutes(Document document, OutcomeLetter letter) {
        if (letter.minutes() == null || letter.minutes().isBlank()) {
            return;
        }
        section(document, "Minutes");
        document.add(new Paragraph(letter.minutes(), body));
    }

    private void signOff(Document document, OutcomeLetter letter) {
        section(document, "Sign-off");
        document.add(new Paragraph(
                "Signed by " + letter.signedBy() + ", chair, on "
                        + DATE_TIME.format(letter.signedAt().atZone(zone)) + ".",
                body));
        for (OutcomeLetter.Correction correction : letter.corrections()) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(
                    "Addendum of " + DATE_TIME.format(correction.writtenAt().atZone(zone)) + " by "
                            + correction.writtenBy() + ": ",
                    bold));
            p.add(new Chunk(correction.text(), body));
            p.setSpacingBefore(4);
            document.add(p);
        }
    }

    private void section(Document document, String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private Paragraph labelled(String label, String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", bold));
        p.add(new Chunk(text, body));
        p.setSpacingBefore(3);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        return table;
    }

    private void fact(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, bold));
        name.setBorder(PdfPCell.NO_BORDER);
        name.setPadding(2);
        table.addCell(name);
        PdfPCell text = new PdfPCell(new Phrase(value, body));
        text.setBorder(PdfPCell.NO_BORDER);
        text.setPadding(2);
        table.addCell(text);
    }

    private void headerCells(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(label, bold));
            cell.setBackgroundColor(new Color(0xe8, 0xef, 0xf5));
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }

    /** "SPECIALIST_NURSE" as "specialist nurse", for the list of members present. */
    static String discipline(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
