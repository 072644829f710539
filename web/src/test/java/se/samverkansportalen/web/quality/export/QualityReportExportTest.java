package se.samverkansportalen.web.quality.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.RiskLevel;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.quality.QualityReportStatus;
import se.samverkansportalen.domain.quality.SectionKind;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.service.quality.QualityReportExample;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.web.export.pdf.PdfValidation;

/**
 * A kommun downloads its kvalitetsberättelse to publish it: Uppsala's 2024 berättelse (the demo's
 * example in Vännäs) as an accessible PDF that veraPDF passes as PDF/UA-1 and PDF/A-3a, with its
 * sections as headings in order, its figures in tables with headers and the document's language
 * Swedish; and as a Word document that Word's navigation pane and screen readers read by its
 * heading styles, with every section, the figures 73 beside 79 and 9 and 3, the five control areas
 * of the kollegial granskning, tables whose header row repeats, and Swedish as its language. The
 * region's copy has its small numbers withheld; an utkast says so and carries the risk register
 * and förbättrande åtgärder it draws in.
 */
class QualityReportExportTest {

    private static final LocalDate WRITTEN = LocalDate.of(2025, 3, 14);
    private static final List<String> SECTION_TITLES = List.of("Inledning", "Syftet med kvalitetsberättelsen", "Kvalitetsledningssystemet",
            "Processer och styrdokument", "Synpunkter", "Avvikelser", "Hantering av risker: riskanalys och uppdaterat riskregister", "Egenkontroll",
            "Förbättrande åtgärder och verksamhetsutveckling: uppföljning och resultat från 2023", "Goda exempel på verksamhetsutveckling 2024",
            "Identifierade och prioriterade fokusområden 2025");
    private static final List<String> CONTROL_AREAS = List.of("förhandsbedömning", "utredning", "utredning inför placering i familjehem",
            "omplacering", "umgängesbegränsningar");

    private static QualityReportView example;
    private static byte[] examplePdf;
    private static byte[] exampleDocx;

    @BeforeAll
    static void writeTheExample() {
        example = QualityReportExample.uppsala2024InVannas();
        examplePdf = QualityReportDocument.pdf(example, WRITTEN);
        exampleDocx = QualityReportDocx.docx(example, WRITTEN);
    }

    @Test
    void the_example_as_pdf_passes_veraPDF_as_pdf_ua_1_and_pdf_a() {
        assertThat(PdfValidation.failures(examplePdf)).isEmpty();
    }

    @Test
    void the_pdf_has_the_sections_as_headings_in_order_tables_with_headers_swedish_and_an_outline() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(examplePdf)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kvalitetsberättelse 2024 för Vännäs");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();

            List<PDStructureElement> elements = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).filteredOn("H1"::equals).hasSize(1);
            assertThat(types).filteredOn("H2"::equals).hasSize(SECTION_TITLES.size());
            assertThat(types).contains("Table", "TH", "TD", "L", "LI", "P");
            assertThat(types.indexOf("H1")).as("the title comes first in reading order").isLessThan(types.indexOf("H2"));

            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).as("the PDF's bookmarks").containsExactlyElementsOf(SECTION_TITLES);

            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int at = 0;
            for (String title : SECTION_TITLES) {
                int found = text.indexOf(title, at);
                assertThat(found).as("section \"" + title + "\" after the one before").isGreaterThanOrEqualTo(at);
                at = found + title.length();
            }
            assertThat(text).contains("Registrerade synpunkter", "Lex Sarah-rapporter").contains(CONTROL_AREAS)
                    .contains("Exempel från Uppsala kommun, socialförvaltningen: Kvalitetsberättelse 2024");
            assertThat(text).as("the seed's English paraphrases in their Swedish renderings")
                    .contains("blandat: bättre än 2023 inom vissa områden", "skrivarstugor: 4 under våren")
                    .doesNotContain("mixed", "most came", "skrivarstugor: 4 in spring")
                    .as("a control of every avdelning, named from the bundle").contains("Avdelning Alla avdelningar");
        }
    }

    @Test
    void the_docx_has_every_section_in_order_under_words_heading_styles() {
        WordDocument word = new WordDocument(exampleDocx);

        assertThat(word.headings(1)).containsExactly("Kvalitetsberättelse 2024 för Vännäs");
        assertThat(word.headings(2)).containsExactlyElementsOf(SECTION_TITLES);
        assertThat(word.headings().get(0).level()).isEqualTo(1);
        assertThat(word.headings()).as("no level is skipped").extracting(WordDocument.Heading::level)
                .satisfies(levels -> {
                    for (int i = 1; i < levels.size(); i++) {
                        assertThat(levels.get(i)).as("heading " + i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
                    }
                });
        XWPFDocument poi = word.poi();
        assertThat(poi.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        assertThat(poi.getProperties().getCoreProperties().getTitle()).isEqualTo("Kvalitetsberättelse 2024 för Vännäs");
        assertThat(poi.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).hasValue("sv-SE");
        assertThat(word.language()).as("the language of all text, the styles' default").isEqualTo("sv-SE");
    }

    @Test
    void the_docx_holds_the_figures_this_year_beside_last_year_and_the_five_control_areas() {
        WordDocument word = new WordDocument(exampleDocx);

        WordDocument.Table complaints = word.table("Siffror: Synpunkter");
        assertThat(complaints.headerRepeats()).as("the header row repeats on every page").isTrue();
        assertThat(complaints.rows().get(0)).containsExactly("Uppgift", "2024", "2023", "Annat år eller flera år");
        assertThat(complaints.rows().get(1)).containsExactly("Registrerade synpunkter",
                "73 (t.o.m. 10 november, inklusive klagomål vidarebefordrade från IVO)", "79", "");
        WordDocument.Table deviations = word.table("Siffror: Avvikelser");
        assertThat(deviations.rows().get(1).subList(0, 2)).containsExactly("Lex Sarah-rapporter", "9 (t.o.m. 11 november)");
        assertThat(deviations.rows().get(2).subList(0, 2))
                .containsExactly("Lex Sarah-rapporter bedömda som allvarligt missförhållande och anmälda till IVO", "3");
        assertThat(deviations.rows().get(3)).last().isEqualTo("cirka 20 (inget enskilt år)");

        assertThat(word.headings(3)).contains("Kollegial granskning 2024", "Granskning av externa vårdleverantörer", "Per avdelning");
        assertThat(word.itemsUnder("Kontrollområden")).containsExactlyElementsOf(CONTROL_AREAS);
        assertThat(word.text()).as("the seed's English paraphrases in their Swedish renderings")
                .contains("Barn och ungdom myndighet: Ny inlärningsmodell – skrivarstugor: 4 under våren, 4 planerade under hösten")
                .contains("checklista från IVO och förvaltningens egna kontroller").doesNotContain("mixed", "most came", "in spring");
        assertThat(word.text()).as("a control of every avdelning, named from the bundle").contains("Avdelning: Alla avdelningar");
        assertThat(word.text()).contains("Barn och ungdom myndighet: Ny inlärningsmodell")
                .contains("Exempel från Uppsala kommun, socialförvaltningen: Kvalitetsberättelse 2024")
                .contains("Källan anger inte beslutsdatum, nämnd eller diarienummer.");
        assertThat(word.tables()).allSatisfy(t -> assertThat(t.caption()).as("every table has a caption").isNotBlank());
    }

    @Test
    void a_document_whose_headings_are_not_words_heading_styles_has_no_headings_to_navigate() throws IOException {
        try (XWPFDocument looksLikeHeadings = new XWPFDocument()) {
            var paragraph = looksLikeHeadings.createParagraph();
            paragraph.setStyle("Heading2"); // names a style the document does not define
            var run = paragraph.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText("Synpunkter");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            looksLikeHeadings.write(out);

            WordDocument word = new WordDocument(out.toByteArray());
            assertThat(word.headings()).isEmpty();
            assertThatThrownBy(() -> assertThat(word.headings(2)).containsExactlyElementsOf(SECTION_TITLES))
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void the_regions_copy_withholds_the_small_number_and_explains_it() throws IOException {
        QualityReportView others = example.forOthers();

        WordDocument word = new WordDocument(QualityReportDocx.docx(others, WRITTEN));
        WordDocument.Table deviations = word.table("Siffror: Avvikelser");
        assertThat(deviations.rows().get(1).get(1)).isEqualTo("9 (t.o.m. 11 november)");
        assertThat(deviations.rows().get(2).get(1)).as("3 to IVO: a small number").isEqualTo("< 5");
        assertThat(word.text()).contains("< 5: Färre än 5: visas inte för andra än kommunen själv");

        byte[] pdf = QualityReportDocument.pdf(others, WRITTEN);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains("anmälda till IVO < 5");
        }
        assertThat(QualityReportDocument.xhtml(others, WRITTEN)).doesNotContain(">3<");
    }

    @Test
    void an_utkast_says_so_and_carries_the_drawn_in_register_and_improvements_as_tables() throws IOException {
        QualityReportView draft = draft();

        byte[] pdf = QualityReportDocument.pdf(draft, WRITTEN);
        assertThat(PdfValidation.failures(pdf)).isEmpty();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains("Status Utkast").doesNotContain("Diarienummer");
        }

        WordDocument word = new WordDocument(QualityReportDocx.docx(draft, WRITTEN));
        assertThat(word.table("Beslut").rows()).contains(List.of("Status", "Utkast"));
        WordDocument.Table register = word.table("Riskregistret: varje risk med sin nivå då och nu och åtgärdernas trafikljus");
        assertThat(register.headerRepeats()).isTrue();
        assertThat(register.rows().get(0)).containsExactly("Risk", "Plan", "Nr", "Nivå då", "Nivå nu", "Åtgärder och trafikljus");
        assertThat(register.rows().get(1)).startsWith("Placering utan utredning", "Riskplan 2025", "1.1");
        assertThat(register.rows().get(1).get(5)).contains("Checklista före placering: ");
        WordDocument.Table improvements = word.table("Förbättrande åtgärder med senast rapporterade status");
        assertThat(improvements.rows().get(1)).startsWith("Införa Signs of Safety", "Åtgärdsplan 2025", "3", "2025-T2");
        assertThat(improvements.rows().get(2).get(3)).isEqualTo("inte rapporterad");
        assertThat(word.headings(2)).containsExactly("Inledning", "Hantering av risker: riskanalys och riskregister",
                "Förbättrande åtgärder och verksamhetsutveckling");
        assertThat(word.text()).contains("Första stycket.\nAndra raden.").contains("Andra stycket.");
    }

    @Test
    void a_fastställd_berattelse_names_its_decision_date_nämnd_and_diarienummer() throws IOException {
        QualityReportView draft = draft();
        QualityReportView adopted = new QualityReportView(draft.kommunCode(), draft.kommunName(), draft.year(), QualityReportStatus.ADOPTED,
                LocalDate.of(2026, 2, 19), "Socialnämnden", "SN 2026/42", null, false, null, List.of(), 4, draft.sections());

        WordDocument word = new WordDocument(QualityReportDocx.docx(adopted, WRITTEN));
        assertThat(word.table("Beslut").rows()).contains(List.of("Status", "Fastställd"), List.of("Fastställd", "2026-02-19"),
                List.of("Beslutad av", "Socialnämnden"), List.of("Diarienummer", "SN 2026/42"));
        assertThat(word.text()).doesNotContain("Utkast");
        try (PDDocument read = Loader.loadPDF(QualityReportDocument.pdf(adopted, WRITTEN))) {
            assertThat(new PDFTextStripper().getText(read).replaceAll("\\s+", " ")).contains("Diarienummer SN 2026/42", "Beslutad av Socialnämnden");
        }
    }

    @Test
    void the_file_name_is_in_the_readers_language_and_safe_in_a_header() {
        assertThat(QualityReportFiles.fileName(QualityReportFiles.SWEDISH, example)).isEqualTo("kvalitetsberattelse-2024-Vännäs");
        assertThat(QualityReportFiles.fileName(java.util.Locale.ENGLISH, example)).isEqualTo("quality-report-2024-Vännäs");
        assertThat(se.samverkansportalen.web.export.Download.attachment("kvalitetsberattelse-2024-Vännäs.pdf")).isEqualTo(
                "attachment; filename=\"kvalitetsberattelse-2024-Vannas.pdf\"; filename*=UTF-8''kvalitetsberattelse-2024-V%C3%A4nn%C3%A4s.pdf");
    }

    private static QualityReportView draft() {
        List<QualityReportView.Section> sections = List.of(
                new QualityReportView.Section("introduction", "quality.section.introduction", null, SectionKind.TEXT,
                        "Första stycket.\nAndra raden.\n\nAndra stycket.", 0, List.of(), List.of(), List.of(), List.of(), List.of()),
                new QualityReportView.Section("risks", "quality.section.risks", null, SectionKind.RISK_REGISTER, null, 0, List.of(), List.of(),
                        List.of(), List.of(new QualityReportView.RegisterRisk(7, "Riskplan 2025", "1.1", "Trygghet", "Placering utan utredning",
                                "2025-T1", RiskLevel.RED, "2025-T2", RiskLevel.YELLOW,
                                List.of(new QualityReportView.RiskMeasureLight("Checklista före placering", TrafficLight.GREEN),
                                        new QualityReportView.RiskMeasureLight("Utbildning", null)))),
                        List.of()),
                new QualityReportView.Section("improvements", "quality.section.improvements", null, SectionKind.FOLLOW_UPS, null, 0, List.of(),
                        List.of(), List.of(), List.of(), List.of(
                                new QualityReportView.Improvement(8, "Åtgärdsplan 2025", 3, "Införa Signs of Safety", "2025-T2", ItemStatus.ONGOING,
                                        TrafficLight.YELLOW),
                                new QualityReportView.Improvement(8, "Åtgärdsplan 2025", 4, "Bostad först", null, null, null))));
        return new QualityReportView("2480", "Umeå", 2025, QualityReportStatus.DRAFT, null, null, null, null, false, null, List.of(), 3,
                sections);
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
