package se.samverkansportalen.web.report.export;

import se.samverkansportalen.web.export.Download;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.service.report.ReportReview;
import se.samverkansportalen.service.report.StatusMatrix;
import se.samverkansportalen.web.i18n.LanguageBacking;
import se.samverkansportalen.web.identity.UserBadge;

/**
 * Downloads of a period: {@code /rapport/export?period=ID&format=pdf} is the caller's own kommun's
 * tertial report (exact figures), {@code &kommun=CODE} a kommun's report for the LBU network and
 * the region (small counts withheld), {@code format=xlsx} the whole status matrix. The services
 * decide who may have what. A missing or malformed {@code period} or {@code format}, or a refused
 * request (a broken kommun code), is answered 400 with a short page saying why in the user's
 * language; not allowed or not there with the portal's 403 and 404 pages.
 */
@WebServlet("/rapport/export")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    KommunReports reports;

    @EJB
    ReportReview review;

    @EJB
    StatusMatrix matrix;

    @Inject
    UserBadge badge;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new Download(request, response, language.getLocale(), "../index.xhtml", "report.export.back").answer(download -> {
            String format = download.choice("format", "report.export.badFormat", "pdf", "xlsx");
            long period = download.number("period", "report.export.badPeriod");
            String kommun = download.parameter("kommun");
            if ("pdf".equals(format)) {
                ReportForm report = kommun == null ? reports.report(period) : review.report(kommun, period);
                String name = kommun == null ? badge.getKommunName() : review.kommunName(kommun);
                try (var buffer = new java.io.ByteArrayOutputStream()) {
                    ReportPdf.write(report, name, download.texts(), download.locale(), buffer);
                    download.send(Download.PDF, download.fileName("export.fileName.report", report.getPeriodCode(), name) + ".pdf",
                            buffer.toByteArray());
                }
            } else {
                StatusMatrix.Matrix view = matrix.forPeriod(period);
                String code = matrix.periodCode(period);
                try (var buffer = new java.io.ByteArrayOutputStream()) {
                    MatrixExcel.write(view, code, download.texts(), buffer);
                    download.send(Download.XLSX, download.fileName("export.fileName.matrix", code) + ".xlsx", buffer.toByteArray());
                }
            }
        });
    }
}
