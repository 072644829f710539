package se.samverkansportalen.web.report.export;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.api.ApiRefusal;
import se.samverkansportalen.web.error.RefusalTexts;
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
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        long period;
        int version;
        try {
            period = Long.parseLong(request.getParameter("period"));
        } catch (NumberFormatException e) {
            ReportExportServlet.refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("report.export.badPeriod"));
            return;
        }
        try {
            version = Integer.parseInt(request.getParameter("version"));
        } catch (NumberFormatException e) {
            ReportExportServlet.refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("report.adopted.badVersion"));
            return;
        }
        String kommun = request.getParameter("kommun");
        try {
            ReportDecisions.Document document = kommun == null ? decisions.document(period, version) : decisions.documentOf(kommun, period, version);
            response.setHeader("X-Content-SHA256", document.decision().sha256());
            ReportExportServlet.send(response, "application/pdf", ReportExportServlet.fileName(texts, "report.adopted.fileName",
                    document.periodCode(), document.kommunName(), String.valueOf(document.decision().number())) + ".pdf", document.pdf());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (Refusal e) {
            int status = ApiRefusal.status(e).getStatusCode();
            if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND) {
                response.sendError(status);
            } else {
                ReportExportServlet.refuse(response, status, texts, RefusalTexts.text(e, language.getLocale()));
            }
        }
    }
}
