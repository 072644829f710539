package se.samverkansportalen.web.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A kommun's document written as XHTML comes out as a PDF that a screen reader can follow and an
 * archive can keep: veraPDF finds it PDF/UA-1 and PDF/A-3a, while an ordinary untagged PDF of the
 * same content fails both (so the check can fail).
 */
class TaggedPdfTest {

    static final String SWEDISH = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="sv">
              <head>
                <meta charset="UTF-8"/>
                <title>Tertialrapport T2 2026 – Vännäs</title>
                <style>h1 { font-size: 16pt; } .note { font-style: italic; }</style>
              </head>
              <body>
                <h1>Tertialrapport T2 2026 – Vännäs</h1>
                <p>Rapporten fastställdes av socialnämnden i Vännäs kommun. Åtgärderna följs upp varje tertial.</p>
                <h2>Sammanfattning</h2>
                <table>
                  <caption>Punkter per trafikljus</caption>
                  <thead><tr><th scope="col">Trafikljus</th><th scope="col">Antal</th></tr></thead>
                  <tbody>
                    <tr><th scope="row">Grön</th><td>8</td></tr>
                    <tr><th scope="row">Gul</th><td>4</td></tr>
                    <tr><th scope="row">Röd</th><td>2</td></tr>
                  </tbody>
                </table>
                <h2>Punkter</h2>
                <h3>1.1 Öka samverkan mellan skola och socialtjänst</h3>
                <ul>
                  <li>Status: pågår</li>
                  <li>Trafikljus: gul – förseningar i höstas</li>
                </ul>
                <ol>
                  <li>Första steget: kartläggning</li>
                  <li>Andra steget: gemensamma rutiner för barn och unga</li>
                </ol>
                <p class="note">Åäö ÅÄÖ é – ”citat” → pil</p>
              </body>
            </html>
            """;

    @Test
    void aSwedishDocumentWithHeadingsATableAndListsIsPdfUaAndPdfA() throws Exception {
        byte[] pdf = TaggedPdf.render(SWEDISH);

        assertThat(PdfValidation.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Tertialrapport T2 2026 – Vännäs");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Öka samverkan mellan skola och socialtjänst", "Åäö ÅÄÖ", "Röd", "gemensamma rutiner");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Liberation");
                }
            }
        }
    }

    @Test
    void anUntaggedPdfOfTheSameContentFailsBothChecks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addTitle("Tertialrapport T2 2026 – Vännäs");
        document.open();
        document.add(new Paragraph("Tertialrapport T2 2026 – Vännäs"));
        PdfPTable table = new PdfPTable(2);
        table.addCell("Trafikljus");
        table.addCell("Antal");
        table.addCell("Röd");
        table.addCell("2");
        document.add(table);
        document.close();
        byte[] untagged = out.toByteArray();

        assertThat(PdfValidation.failures(untagged, PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(PdfValidation.failures(untagged, PDFAFlavour.PDFA_3_A)).isNotEmpty();
    }

    @Test
    void aDocumentWithoutLanguageOrTitleIsRefusedBeforeRendering() {
        assertThatThrownBy(() -> TaggedPdf.render(SWEDISH.replace(" lang=\"sv\"", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lang");
        assertThatThrownBy(() -> TaggedPdf.render(SWEDISH.replaceAll("<title>.*</title>", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> TaggedPdf.render("<html lang=\"sv\"><head><title>x</title></head><body><p>öppen</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("well-formed");
    }

    @Test
    void aDocumentTypeDeclarationReadsNothingFromOutside() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + SWEDISH.replace("Sammanfattning", "Sammanfattning &x;");
        byte[] pdf;
        try {
            pdf = TaggedPdf.render(withEntity);
        } catch (IllegalArgumentException refused) {
            return; // refusing the document is as good as not reading the file
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("root:");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
