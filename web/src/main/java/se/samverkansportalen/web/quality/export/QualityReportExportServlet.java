package se.samverkansportalen.web.quality.export;

import se.samverkansportalen.web.export.Download;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import se.samverkansportalen.service.quality.QualityReportReading;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReports;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.i18n.LanguageBacking;

/**
 * The kvalitetsberättelse's downloads for its page: {@code /kvalitet/berattelse-export?ar=2024&format=pdf}
 * (or {@code format=docx}) is the caller's own kommun's, as on the page without a kommun;
 * {@code &kommun=2460} a kommun's fastställd one for coordinators and the LBU network, small
 * numbers withheld. The same services decide as for the page, so the download shows exactly what the
 * page shows. The file is named in the page's language. A missing or malformed {@code ar} or
 * {@code format} is answered 400 with a short page saying why; not allowed or not there with the
 * portal's 403 and 404 pages, as the other downloads are.
 */
@WebServlet("/kvalitet/berattelse-export")
public class QualityReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    QualityReports reports;

    @EJB
    QualityReportReading reading;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new Download(request, response, language.getLocale(), "index.xhtml", "quality.backToList").answer(download -> {
            String format = download.choice("format", "quality.export.badFormat", "pdf", "docx");
            int year = download.smallNumber("ar", "quality.error.yearFormat");
            String kommun = download.parameter("kommun");
            QualityReportView view = kommun == null || kommun.isBlank() ? reports.report(year) : reading.report(kommun, year);
            LocalDate today = LocalDate.now(Formats.SWEDEN);
            String name = QualityReportFiles.fileName(download.locale(), view) + "." + format;
            byte[] content = "pdf".equals(format) ? QualityReportDocument.pdf(view, today) : QualityReportDocx.docx(view, today);
            download.send("pdf".equals(format) ? QualityReportFiles.PDF : QualityReportDocx.MEDIA_TYPE, name, content);
        });
    }
}
