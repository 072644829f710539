package se.samverkansportalen.web.report.export;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.report.RegionalOverview;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.api.ApiRefusal;
import se.samverkansportalen.web.error.RefusalTexts;
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
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        String format = request.getParameter("format");
        if (!"pdf".equals(format) && !"xlsx".equals(format)) {
            ReportExportServlet.refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("report.export.badFormat"));
            return;
        }
        long period;
        try {
            period = Long.parseLong(request.getParameter("period"));
        } catch (NumberFormatException e) {
            ReportExportServlet.refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("report.export.badPeriod"));
            return;
        }
        try {
            RegionalOverview.Overview view = overview.forPeriod(period);
            String name = ReportExportServlet.fileName(texts, "overview.fileName", view.period().code());
            if ("pdf".equals(format)) {
                byte[] pdf = OverviewDocument.pdf(view, texts, language.getLocale(), LocalDate.now(ZoneId.of("Europe/Stockholm")));
                ReportExportServlet.send(response, "application/pdf", name + ".pdf", pdf);
            } else {
                try (ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
                    OverviewExcel.write(view, texts, buffer);
                    ReportExportServlet.send(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx",
                            buffer.toByteArray());
                }
            }
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
