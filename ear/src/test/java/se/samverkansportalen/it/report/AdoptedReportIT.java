package se.samverkansportalen.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.Periods;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.PortalApi.Answer;
import se.samverkansportalen.it.support.ReportBodies;
import se.samverkansportalen.it.support.TestDatabase;
import se.samverkansportalen.it.support.TestRun;
import se.samverkansportalen.web.export.pdf.PdfValidation;

/**
 * Umeå fastställer its submitted tertial report for its records: Maria Lundgren enters the
 * decision (today, Socialnämnden i Umeå, a diarienummer) and the portal keeps the report as a
 * PDF/A document with its SHA-256. The document comes back byte for byte, as often as it is asked
 * for, from the API and from the page's link, for Umeå and for the LBU network and the region; it
 * is PDF/UA-1 and PDF/A-3a (veraPDF); the report page and the review show the diarienummer and the
 * SHA-256. The fastställd report is frozen: Umeå's saves and submission, a second fastställande and
 * the LBU network's komplettering are refused with their reasons; granskad is still possible.
 * Skellefteå sees nothing of it. A correction reopens the report and, once submitted again, is
 * fastställd as version 2 with its own diarienummer (the first one's is refused) while version 1
 * keeps its bytes. Real Keycloak tokens through the API; each test opens its own free period.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptedReportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final PortalApi umea = PortalApi.as("socialchef.umea");
    private final PortalApi skelleftea = PortalApi.as("socialchef.skelleftea");
    private final PortalApi lbu = PortalApi.as("granskare.lbu");
    private final PortalApi region = PortalApi.as("samordnare");

    private final String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

    @Test
    void umea_fastställer_its_submitted_report_and_gets_the_same_pdf_a_back_byte_for_byte_while_the_report_stays_frozen() {
        Periods.during("TERTIAL", period -> {
            String decisions = "rapporter/" + period + "/faststallelser";
            String registration = TestRun.unique("SN 2026/117");
            submit(period, "Arbetet har startat i alla enheter.");

            JsonObject before = umea.get(decisions).object();
            assertThat(before.getBoolean("adoptable")).as(before.toString()).isTrue();
            assertThat(before.getBoolean("adopted")).isFalse();
            assertThat(before.getJsonArray("versions")).isEmpty();

            Answer adopted = umea.post(decisions, decision(today, "Socialnämnden i Umeå", registration));
            assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
            JsonObject version = adopted.object();
            assertThat(version.getInt("number")).isEqualTo(1);
            assertThat(version.getInt("submissionNumber")).isEqualTo(1);
            assertThat(version.getString("registrationNumber")).isEqualTo(registration);
            String sha256 = version.getString("sha256");
            assertThat(sha256).matches("[0-9a-f]{64}");

            // The same bytes, every time and from every door.
            byte[] first = pdf(umea, "api/" + decisions + "/1/pdf");
            byte[] again = pdf(umea, "api/" + decisions + "/1/pdf");
            byte[] fromPage = pdf(umea, "rapport/faststalld?period=" + period + "&version=1");
            byte[] forLbu = pdf(lbu, "api/granskning/" + period + "/2480/faststallelser/1/pdf");
            byte[] forRegion = pdf(region, "rapport/faststalld?period=" + period + "&version=1&kommun=2480");
            assertThat(again).as("downloaded twice").isEqualTo(first);
            assertThat(fromPage).as("the page's link").isEqualTo(first);
            assertThat(forLbu).as("the LBU network's").isEqualTo(first);
            assertThat(forRegion).as("the region's").isEqualTo(first);
            assertThat(sha256(first)).as("the SHA-256 shown is the bytes'").isEqualTo(sha256);
            assertThat(TestDatabase.column("SELECT d.pdf_sha256 FROM report_decision d JOIN progress_report r ON r.id = d.report_id "
                    + "WHERE r.period_id = ? AND d.kommun_code = '2480'", period)).containsExactly(sha256);

            assertThat(PdfValidation.failures(first)).as("PDF/UA-1 and PDF/A-3a").isEmpty();
            String text = text(first).replaceAll("\\s+", " ");
            assertThat(text).contains(registration, "Socialnämnden i Umeå", today, "Arbetet har startat i alla enheter.");

            // Shown on the report page and in the review.
            String page = page(umea, "rapport/rapport.xhtml?period=" + period);
            assertThat(page).contains(registration, sha256, "rapport/faststalld?period=" + period).containsPattern("version=1[\"&]");
            assertThat(page).doesNotContain("id=\"adopt-form\"");
            assertThat(page(lbu, "rapport/granska.xhtml?period=" + period + "&kommun=2480")).contains(registration, sha256);

            // Frozen: refused with the reason, at the service, through the API.
            JsonObject report = umea.get("rapporter/" + period).object();
            Answer save = umea.put("rapporter/" + period, ReportBodies.withFirstItem(report, "RED", "Ändrat efter fastställandet."));
            assertThat(save.status()).as(save.body()).isEqualTo(409);
            assertThat(save.object().getString("error")).isEqualTo("report.error.adopted");
            assertThat(save.object().getString("message")).contains(registration);
            Answer resubmit = umea.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(report, "RED", "Ändrat."));
            assertThat(resubmit.status()).isEqualTo(409);
            assertThat(resubmit.object().getString("error")).isEqualTo("report.error.adopted");
            Answer twice = umea.post(decisions, decision(today, "Socialnämnden i Umeå", TestRun.unique("SN 2026/118")));
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.object().getString("error")).isEqualTo("report.error.adopted");
            Answer completion = lbu.post("granskning/" + period + "/2480/komplettering",
                    Json.createObjectBuilder().add("comment", "Beskriv enheterna.").add("itemIds", Json.createArrayBuilder()).build());
            assertThat(completion.status()).as(completion.body()).isEqualTo(409);
            assertThat(completion.object().getString("error")).isEqualTo("report.error.adoptedNoCompletion");
            assertThat(TestDatabase.firstItemNarrative(period, "2480")).isEqualTo("Arbetet har startat i alla enheter.");
            assertThat(lbu.post("granskning/" + period + "/2480/granskad", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
            assertThat(umea.get(decisions).object().getBoolean("adopted")).as("granskad changes nothing of it").isTrue();
            assertThat(pdf(umea, "api/" + decisions + "/1/pdf")).as("the kept bytes, not a new rendering").isEqualTo(first);

            // Audited.
            assertThat(TestDatabase.column("SELECT new_value FROM audit_entry WHERE item_type = 'PROGRESS_REPORT' AND action = 'ADOPT' "
                    + "AND item_key = ?", "2480:" + before.getString("periodCode")))
                    .singleElement().asString().contains(registration, sha256, "Socialnämnden i Umeå");

            // Another kommun: nothing of Umeå's.
            JsonObject theirs = skelleftea.get(decisions).object();
            assertThat(theirs.getString("kommunCode")).isEqualTo("2482");
            assertThat(theirs.getJsonArray("versions")).isEmpty();
            assertThat(skelleftea.download("api/" + decisions + "/1/pdf").status()).as("Skellefteå has no version 1").isEqualTo(404);
            assertThat(skelleftea.download("rapport/faststalld?period=" + period + "&version=1").status()).isEqualTo(404);
            assertThat(skelleftea.get("granskning/" + period + "/2480/faststallelser").status()).isEqualTo(403);
            assertThat(skelleftea.download("rapport/faststalld?period=" + period + "&version=1&kommun=2480").status()).isEqualTo(403);
            assertThat(lbu.post(decisions, decision(today, "LBU", TestRun.unique("X"))).status()).as("only a kommun fastställer").isEqualTo(403);
        });
    }

    @Test
    void a_correction_becomes_version_2_with_its_own_diarienummer_and_version_1_keeps_its_bytes() {
        Periods.during("MONTH", period -> {
            String decisions = "rapporter/" + period + "/faststallelser";
            String firstRegistration = TestRun.unique("SN 2026/201");
            String secondRegistration = TestRun.unique("SN 2026/245");

            Answer draftAdopted = umea.post(decisions, decision(today, "Socialnämnden i Umeå", firstRegistration));
            assertThat(draftAdopted.status()).as("no report yet").isEqualTo(404);
            submit(period, "Två av fyra enheter har börjat.");
            Answer notYet = umea.post("rapporter/" + period + "/rattelse", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(notYet.status()).isEqualTo(409);
            assertThat(notYet.object().getString("error")).isEqualTo("report.correct.error.notAdopted");

            // The decision's rules, at their fields.
            assertRefused(umea.post(decisions, decision(null, "Socialnämnden i Umeå", firstRegistration)), 400, "adoptedOn");
            assertRefused(umea.post(decisions, decision(LocalDate.parse(today).plusDays(3).toString(), "Socialnämnden", firstRegistration)),
                    400, "adoptedOn");
            assertRefused(umea.post(decisions, decision(today, "", firstRegistration)), 400, "decidedBy");
            assertRefused(umea.post(decisions, decision(today, "Socialnämnden", "")), 400, "registrationNumber");
            Answer personal = umea.post(decisions, decision(today, "Socialnämnden", "19121212-1212"));
            assertRefused(personal, 400, "registrationNumber");
            assertThat(personal.object().getString("error")).isEqualTo("input.personalData");
            assertThat(umea.get(decisions).object().getJsonArray("versions")).as("nothing kept of a refused one").isEmpty();

            assertThat(umea.post(decisions, decision(today, "Socialnämnden i Umeå", firstRegistration)).status()).isEqualTo(201);
            byte[] versionOne = pdf(umea, "api/" + decisions + "/1/pdf");

            Answer corrected = umea.post("rapporter/" + period + "/rattelse", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
            assertThat(corrected.object().getString("status")).isEqualTo("DRAFT");
            assertThat(corrected.object().getBoolean("adopted")).isFalse();
            Answer unsubmitted = umea.post(decisions, decision(today, "Socialnämnden i Umeå", secondRegistration));
            assertThat(unsubmitted.status()).isEqualTo(409);
            assertThat(unsubmitted.object().getString("error")).isEqualTo("report.adopt.error.notSubmitted");
            submit(period, "Alla fyra enheter har börjat.");

            Answer sameNumber = umea.post(decisions, decision(today, "Socialnämnden i Umeå", firstRegistration));
            assertRefused(sameNumber, 400, "registrationNumber");
            assertThat(sameNumber.object().getString("error")).isEqualTo("report.adopt.error.registrationNumberUsed");
            Answer second = umea.post(decisions, decision(today, "Socialnämnden i Umeå", secondRegistration));
            assertThat(second.status()).as(second.body()).isEqualTo(201);
            assertThat(second.object().getInt("number")).isEqualTo(2);
            assertThat(second.object().getInt("submissionNumber")).isEqualTo(2);

            JsonObject both = lbu.get("granskning/" + period + "/2480/faststallelser").object();
            List<String> registrations = both.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                    .map(v -> v.getInt("number") + " " + v.getString("registrationNumber")).toList();
            assertThat(registrations).containsExactly("1 " + firstRegistration, "2 " + secondRegistration);
            byte[] versionOneLater = pdf(umea, "api/" + decisions + "/1/pdf");
            byte[] versionTwo = pdf(umea, "api/" + decisions + "/2/pdf");
            assertThat(versionOneLater).as("version 1 kept as it was").isEqualTo(versionOne);
            assertThat(sha256(versionTwo)).isEqualTo(second.object().getString("sha256")).isNotEqualTo(sha256(versionOne));
            assertThat(text(versionOne)).contains("Två av fyra enheter har börjat.");
            assertThat(text(versionTwo).replaceAll("\\s+", " "))
                    .contains("Alla fyra enheter har börjat.", secondRegistration);
            assertThat(PdfValidation.failures(versionTwo)).isEmpty();
            assertThat(umea.download("api/" + decisions + "/3/pdf").status()).isEqualTo(404);
        });
    }

    private void submit(long period, String narrative) {
        JsonObject report = umea.get("rapporter/" + period).object();
        Answer sent = umea.post("rapporter/" + period + "/inskickning", ReportBodies.withFirstItem(report, "GREEN", narrative));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }

    private static JsonObject decision(String adoptedOn, String decidedBy, String registrationNumber) {
        var body = Json.createObjectBuilder().add("decidedBy", decidedBy).add("registrationNumber", registrationNumber);
        if (adoptedOn != null) {
            body.add("adoptedOn", adoptedOn);
        }
        return body.build();
    }

    private static void assertRefused(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.object().getString("field", "")).as(answer.body()).isEqualTo(field);
    }

    private static byte[] pdf(PortalApi as, String path) {
        PortalApi.Download download = as.download(path);
        assertThat(download.status()).as(path).isEqualTo(200);
        assertThat(download.contentType()).as(path).startsWith("application/pdf");
        return download.content();
    }

    private static String page(PortalApi as, String path) {
        PortalApi.Download download = as.download(path);
        assertThat(download.status()).as(path).isEqualTo(200);
        return new String(download.content(), StandardCharsets.UTF_8);
    }

    /** A PDF's text, all pages (read with PDFBox, which the portal writes its tagged PDFs with). */
    private static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
