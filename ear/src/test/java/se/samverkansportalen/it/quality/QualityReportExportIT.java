package se.samverkansportalen.it.quality;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.ApiFile;
import se.samverkansportalen.it.support.QualityYears;
import se.samverkansportalen.web.export.pdf.PdfValidation;
import se.samverkansportalen.web.quality.export.WordDocument;

/**
 * Vännäs publishes its kvalitetsberättelse 2024 (the demo's example, Uppsala's real one): its
 * socialchef downloads it from the API as an accessible PDF, which veraPDF passes as PDF/UA-1 and
 * PDF/A, and as a Word document to edit, whose headings are Word's heading styles and which holds
 * every section, the figures 73 beside 79 and 9 and 3 and the five control areas of the kollegial
 * granskning; the file is named "kvalitetsberattelse-2024-Vännäs". The LBU network downloads the
 * same fastställd berättelse with its small number (3 to IVO) withheld, and from the page as well
 * as from the API. Umeå's utkast stays with Umeå: asking for its PDF or DOCX as Vännäs or as LBU is
 * answered as for a berättelse that does not exist, while Umeå itself gets it marked "Utkast".
 */
@ExtendWith(ArquillianExtension.class)
class QualityReportExportIT {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String EXAMPLE = "kvalitetsberattelser/2460/2024";
    private static final List<String> SECTION_TITLES = List.of("Inledning", "Syftet med kvalitetsberättelsen", "Kvalitetsledningssystemet",
            "Processer och styrdokument", "Synpunkter", "Avvikelser", "Hantering av risker: riskanalys och uppdaterat riskregister", "Egenkontroll",
            "Förbättrande åtgärder och verksamhetsutveckling: uppföljning och resultat från 2023", "Goda exempel på verksamhetsutveckling 2024",
            "Identifierade och prioriterade fokusområden 2025");
    private static final List<String> CONTROL_AREAS = List.of("förhandsbedömning", "utredning", "utredning inför placering i familjehem",
            "omplacering", "umgängesbegränsningar");

    private static String vannas;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    /** The demo realm has no editor in Vännäs: the test makes one (kommun 2460, kommun-editor). */
    @BeforeAll
    static void vannasHasASocialchef() {
        vannas = KeycloakUsers.kommunEditor("socialchef.vannas", "2460", "Vera", "Vännäsdotter");
    }

    @Test
    void vannas_socialchef_downloads_the_berattelse_as_an_accessible_pdf_and_as_word() {
        PortalApi editor = PortalApi.as(vannas);

        ApiFile pdf = editor.file(EXAMPLE + "/pdf", PDF);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith(PDF);
        assertThat(pdf.disposition()).startsWith("attachment;").contains("filename=\"kvalitetsberattelse-2024-Vannas.pdf\"")
                .contains("filename*=UTF-8''kvalitetsberattelse-2024-V%C3%A4nn%C3%A4s.pdf");
        assertThat(PdfValidation.failures(pdf.content())).as("PDF/UA-1 and PDF/A-3a").isEmpty();
        String text = new PortalApi.Download(200, PDF, pdf.content()).pdfText().replaceAll("\\s+", " ");
        assertThat(text).contains("Kvalitetsberättelse 2024 för Vännäs", "Registrerade synpunkter", "Lex Sarah-rapporter");
        assertThat(text).contains(SECTION_TITLES.get(0), SECTION_TITLES.get(SECTION_TITLES.size() - 1));

        ApiFile docx = editor.file(EXAMPLE + "/docx", DOCX);
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith(DOCX);
        assertThat(docx.disposition()).contains("filename*=UTF-8''kvalitetsberattelse-2024-V%C3%A4nn%C3%A4s.docx");
        WordDocument word = new WordDocument(docx.content());
        assertThat(word.headings(1)).containsExactly("Kvalitetsberättelse 2024 för Vännäs");
        assertThat(word.headings(2)).as("every section, in order, as Word's Heading 2").containsExactlyElementsOf(SECTION_TITLES);
        assertThat(word.language()).isEqualTo("sv-SE");
        assertThat(word.poi().getProperties().getCoreProperties().getTitle()).isEqualTo("Kvalitetsberättelse 2024 för Vännäs");
        WordDocument.Table complaints = word.table("Siffror: Synpunkter");
        assertThat(complaints.headerRepeats()).isTrue();
        assertThat(complaints.rows().get(0)).containsExactly("Uppgift", "2024", "2023", "Annat år eller flera år");
        assertThat(complaints.rows().get(1).get(0)).isEqualTo("Registrerade synpunkter");
        assertThat(complaints.rows().get(1).get(1)).startsWith("73");
        assertThat(complaints.rows().get(1).get(2)).isEqualTo("79");
        WordDocument.Table deviations = word.table("Siffror: Avvikelser");
        assertThat(deviations.rows().get(1).get(1)).startsWith("9");
        assertThat(deviations.rows().get(2).get(1)).as("Vännäs itself sees its small number").isEqualTo("3");
        assertThat(word.itemsUnder("Kontrollområden")).containsExactlyElementsOf(CONTROL_AREAS);
        assertThat(word.text()).as("in Swedish: the seed's English paraphrases rendered, every avdelning named from the bundle")
                .contains("skrivarstugor: 4 under våren", "Avdelning: Alla avdelningar").doesNotContain("mixed", "in spring");
        assertThat(text).contains("blandat: bättre än 2023", "Alla avdelningar").doesNotContain("most came by web");
    }

    @Test
    void lbu_downloads_the_fastställd_berattelse_with_its_small_number_withheld_from_the_api_and_the_page() {
        PortalApi lbu = PortalApi.as("granskare.lbu");

        ApiFile pdf = lbu.file(EXAMPLE + "/pdf", PDF);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(PdfValidation.failures(pdf.content())).isEmpty();
        assertThat(new PortalApi.Download(200, PDF, pdf.content()).pdfText().replaceAll("\\s+", " ")).contains("anmälda till IVO < 5");

        ApiFile docx = lbu.file(EXAMPLE + "/docx", DOCX);
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        WordDocument word = new WordDocument(docx.content());
        assertThat(word.headings(2)).containsExactlyElementsOf(SECTION_TITLES);
        WordDocument.Table deviations = word.table("Siffror: Avvikelser");
        assertThat(deviations.rows().get(1).get(1)).as("9 lex Sarah-rapporter: no small number").startsWith("9");
        assertThat(deviations.rows().get(2).get(1)).as("3 to IVO: withheld from the region").isEqualTo("< 5");
        assertThat(word.itemsUnder("Kontrollområden")).containsExactlyElementsOf(CONTROL_AREAS);

        String page = new String(lbu.download("kvalitet/berattelse.xhtml?ar=2024&kommun=2460").content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as("the page's download links").contains("kvalitet/berattelse-export?format=pdf&amp;ar=2024&amp;kommun=2460")
                .contains("kvalitet/berattelse-export?format=docx&amp;ar=2024&amp;kommun=2460");
        PortalApi.Download fromPage = lbu.download("kvalitet/berattelse-export?format=docx&ar=2024&kommun=2460");
        assertThat(fromPage.status()).isEqualTo(200);
        assertThat(fromPage.contentType()).startsWith(DOCX);
        assertThat(new WordDocument(fromPage.content()).table("Siffror: Avvikelser").rows().get(2).get(1)).isEqualTo("< 5");
        PortalApi.Download pdfFromPage = PortalApi.as(vannas).download("kvalitet/berattelse-export?format=pdf&ar=2024");
        assertThat(pdfFromPage.status()).as("Vännäs' own, from its page").isEqualTo(200);
        assertThat(PdfValidation.failures(pdfFromPage.content())).isEmpty();
        assertThat(lbu.download("kvalitet/berattelse-export?format=odt&ar=2024&kommun=2460").status()).as("an unknown format").isEqualTo(400);
    }

    @Test
    void another_kommuns_utkast_is_not_found_for_vannas_nor_for_lbu() {
        PortalApi umea = PortalApi.as("socialchef.umea");
        int year = QualityYears.freeOf("2480");
        assertThat(umea.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", year).build()).status()).isEqualTo(201);
        String draft = "kvalitetsberattelser/2480/" + year;

        ApiFile own = umea.file(draft + "/docx", DOCX);
        assertThat(own.status()).as("Umeå gets its own utkast: " + own.text()).isEqualTo(200);
        assertThat(new WordDocument(own.content()).table("Beslut").rows()).contains(List.of("Status", "Utkast"));
        assertThat(PdfValidation.failures(umea.file(draft + "/pdf", PDF).content())).isEmpty();

        for (String user : List.of(vannas, "granskare.lbu", "samordnare")) {
            PortalApi other = PortalApi.as(user);
            for (String format : List.of("pdf", "docx")) {
                ApiFile refused = other.file(draft + "/" + format, format.equals("pdf") ? PDF : DOCX);
                assertThat(refused.status()).as(user + " asks for Umeå's utkast as " + format).isEqualTo(404);
                assertThat(refused.contentType()).as("a refusal, not a document").startsWith("application/json");
                assertThat(refused.text()).contains("quality.error.notFound");
            }
        }
        assertThat(PortalApi.as("granskare.lbu").download("kvalitet/berattelse-export?format=pdf&ar=" + year + "&kommun=2480").status())
                .as("nor from the page").isEqualTo(404);
    }
}
