package se.samverkansportalen.web.report.export;

import se.samverkansportalen.web.export.Download;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import se.samverkansportalen.service.report.RegionalOverview;
import se.samverkansportalen.web.i18n.LanguageBacking;

/**
 * Downloads of the regional lägesbild: {@code /rapport/lagesbild-export?period=ID&format=pdf} an
 * accessible PDF for the LBU meeting, {@code &format=xlsx} an Excel workbook. The service decides
 * who may have it. A missing or malformed {@code period} or {@code format} is answered 400 with a
 * short page saying why in the user's language, as the other downloads do; not allowed or not
 * there with the portal's 403 and 404 pages.
 */
@WebServlet("/rapport/lagesbild-export")
public class OverviewExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalOverview overview;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new Download(request, response, language.getLocale(), "../index.xhtml", "report.export.back").answer(download -> {
            String format = download.choice("format", "report.export.badFormat", "pdf", "xlsx");
            long period = download.number("period", "report.export.badPeriod");
            RegionalOverview.Overview view = overview.forPeriod(period);
            String name = download.fileName("overview.fileName", view.period().code());
            if ("pdf".equals(format)) {
                byte[] pdf = OverviewDocument.pdf(view, download.texts(), download.locale(), LocalDate.now(ZoneId.of("Europe/Stockholm")));
                download.send(Download.PDF, name + ".pdf", pdf);
            } else {
                try (ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
                    OverviewExcel.write(view, download.texts(), buffer);
                    download.send(Download.XLSX, name + ".xlsx", buffer.toByteArray());
                }
            }
        });
    }
}
