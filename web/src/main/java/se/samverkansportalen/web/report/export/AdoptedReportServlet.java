package se.samverkansportalen.web.report.export;

import se.samverkansportalen.web.export.Download;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.web.i18n.LanguageBacking;

/**
 * A fastställd report's document for the pages: {@code /rapport/faststalld?period=ID&version=N}
 * is the caller's own kommun's, {@code &kommun=CODE} a kommun's for coordinators and the LBU
 * network. The bytes are those kept when the report was fastställd, never rendered again; the
 * answer names their SHA-256 ({@code X-Content-SHA256}). Refused like {@link ReportExportServlet}.
 */
@WebServlet("/rapport/faststalld")
public class AdoptedReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportDecisions decisions;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new Download(request, response, language.getLocale(), "../index.xhtml", "report.export.back").answer(download -> {
            long period = download.number("period", "report.export.badPeriod");
            int version = download.smallNumber("version", "report.adopted.badVersion");
            String kommun = download.parameter("kommun");
            ReportDecisions.Document document = kommun == null ? decisions.document(period, version) : decisions.documentOf(kommun, period, version);
            download.header("X-Content-SHA256", document.decision().sha256());
            download.send(Download.PDF, download.fileName("report.adopted.fileName", document.periodCode(), document.kommunName(),
                    String.valueOf(document.decision().number())) + ".pdf", document.pdf());
        });
    }
}
