package se.samverkansportalen.web.quality.export;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.service.quality.QualityReportReading;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReports;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.api.ApiRefusal;
import se.samverkansportalen.web.error.RefusalTexts;
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
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        String format = request.getParameter("format");
        if (!"pdf".equals(format) && !"docx".equals(format)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("quality.export.badFormat"));
            return;
        }
        int year;
        try {
            year = Integer.parseInt(request.getParameter("ar"));
        } catch (NumberFormatException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("quality.error.yearFormat"));
            return;
        }
        String kommun = request.getParameter("kommun");
        try {
            QualityReportView view = kommun == null || kommun.isBlank() ? reports.report(year) : reading.report(kommun, year);
            LocalDate today = LocalDate.now(Formats.SWEDEN);
            String name = QualityReportFiles.fileName(language.getLocale(), view) + "." + format;
            byte[] content = "pdf".equals(format) ? QualityReportDocument.pdf(view, today) : QualityReportDocx.docx(view, today);
            response.setContentType("pdf".equals(format) ? QualityReportFiles.PDF : QualityReportDocx.MEDIA_TYPE);
            response.setHeader("Content-Disposition", QualityReportFiles.attachment(name));
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (Refusal e) {
            int status = ApiRefusal.status(e).getStatusCode();
            if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND) {
                response.sendError(status); // the portal's own error pages
            } else {
                refuse(response, status, texts, RefusalTexts.text(e, language.getLocale()));
            }
        }
    }

    /** A short page in the user's language: the status, the reason and a way back (as {@code ReportExportServlet} answers). */
    private static void refuse(HttpServletResponse response, int status, ResourceBundle texts, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String lang = texts.getLocale().getLanguage().isEmpty() ? "sv" : texts.getLocale().getLanguage();
        String title = se.samverkansportalen.web.export.pdf.Xhtml.escape(texts.getString("report.export.refusedTitle"));
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p id=\"reason\">" + se.samverkansportalen.web.export.pdf.Xhtml.escape(reason)
                + "</p><p><a href=\"index.xhtml\">" + se.samverkansportalen.web.export.pdf.Xhtml.escape(texts.getString("quality.backToList"))
                + "</a></p></main></body></html>\n");
    }
}
