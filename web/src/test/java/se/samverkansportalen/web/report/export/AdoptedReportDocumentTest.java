package se.samverkansportalen.web.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.localplan.IndicatorUnit;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.domain.report.ItemType;
import se.samverkansportalen.domain.report.ReportStatus;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.export.pdf.PdfValidation;

/**
 * Vännäs fastställer its T2 report (socialnämnden, 2026-09-15, dnr SN 2026/117): the document
 * names the decision, holds every item with its status, light, narrative and indicator values (a
 * small count withheld as "< 5"), and is PDF/UA-1 and PDF/A-3a; a narrative with markup or
 * characters XML cannot hold is written as text.
 */
class AdoptedReportDocumentTest {

    @Test
    void the_fastställd_document_names_the_decision_holds_every_item_and_is_pdf_ua_and_pdf_a() throws Exception {
        ReportDecisions.Draft draft = new ReportDecisions.Draft(report(), "2460", "Vännäs", 2, 7);
        ReportDecisions.DecisionForm decision = new ReportDecisions.DecisionForm(LocalDate.of(2026, 9, 15), "Socialnämnden", "SN 2026/117");

        byte[] pdf = AdoptedReportDocument.pdf(draft, decision, LocalDateTime.of(2026, 9, 16, 9, 30));

        assertThat(PdfValidation.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Uppföljningsrapport 2026-T2 – Vännäs");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Socialnämnden", "SN 2026/117", "2026-09-15", "Vännäs (2460)", "2026-09-16 09:30")
                    .contains("Öka samverkan mellan skola och socialtjänst", "Pågår", "Gul – risk för försening")
                    .contains("Arbetet med <b>rutiner</b> har börjat & går vidare.")
                    .contains("Antal placerade barn", "< 5", "Ingen berättelse.");
        }
    }

    @Test
    void text_is_escaped_and_characters_xml_cannot_hold_are_left_out() {
        assertThat(AdoptedReportDocument.e("<b>&\"x\u0001\"</b>")).isEqualTo("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;");
    }

    private static ReportForm report() throws ReflectiveOperationException {
        ReportForm form = new ReportForm();
        set(form, "periodCode", "2026-T2");
        set(form, "status", ReportStatus.SUBMITTED);
        set(form, "submissions", 1);
        ReportForm.Item first = item("Delmål 1.1 Öka samverkan mellan skola och socialtjänst", ItemStatus.ONGOING, TrafficLight.YELLOW,
                "Arbetet med <b>rutiner</b> har börjat & går vidare.\u0007");
        ReportForm.IndicatorValue withheld = new ReportForm.IndicatorValue();
        set(withheld, "name", "Antal placerade barn");
        set(withheld, "unit", IndicatorUnit.COUNT);
        set(withheld, "period", "2026-05");
        set(withheld, "suppressed", true);
        ReportForm.IndicatorValue shown = new ReportForm.IndicatorValue();
        set(shown, "name", "Antal placerade barn");
        set(shown, "unit", IndicatorUnit.COUNT);
        set(shown, "period", "2026-06");
        shown.setValue(new BigDecimal("12"));
        first.setIndicators(List.of(withheld, shown));
        ReportForm.Item second = item("Åtgärd 3 Rekrytera familjehem", null, null, null);
        form.setItems(List.of(first, second));
        return form;
    }

    private static ReportForm.Item item(String label, ItemStatus status, TrafficLight light, String narrative) throws ReflectiveOperationException {
        ReportForm.Item item = new ReportForm.Item();
        item.setType(ItemType.REGIONAL_ACTIVITY);
        set(item, "label", label);
        item.setStatus(status);
        item.setLight(light);
        item.setNarrative(narrative);
        return item;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
