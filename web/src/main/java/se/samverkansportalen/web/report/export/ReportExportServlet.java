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
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.service.report.ReportReview;
import se.samverkansportalen.service.report.StatusMatrix;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.api.ApiRefusal;
import se.samverkansportalen.web.error.RefusalTexts;
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
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        String format = request.getParameter("format");
        if (!"pdf".equals(format) && !"xlsx".equals(format)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("report.export.badFormat"));
            return;
        }
        long period;
        try {
            period = Long.parseLong(request.getParameter("period"));
        } catch (NumberFormatException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts, texts.getString("report.export.badPeriod"));
            return;
        }
        String kommun = request.getParameter("kommun");
        try {
            if ("pdf".equals(format)) {
                ReportForm report = kommun == null ? reports.report(period) : review.report(kommun, period);
                String name = kommun == null ? badge.getKommunName() : review.kommunName(kommun);
                byte[] pdf;
                try (var buffer = new java.io.ByteArrayOutputStream()) {
                    ReportPdf.write(report, name, texts, language.getLocale(), buffer);
                    pdf = buffer.toByteArray();
                }
                send(response, "application/pdf", fileName(texts, "export.fileName.report", report.getPeriodCode(), name) + ".pdf", pdf);
            } else {
                StatusMatrix.Matrix view = matrix.forPeriod(period);
                String code = matrix.periodCode(period);
                try (var buffer = new java.io.ByteArrayOutputStream()) {
                    MatrixExcel.write(view, code, texts, buffer);
                    send(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName(texts, "export.fileName.matrix", code) + ".xlsx",
                            buffer.toByteArray());
                }
            }
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

    /**
     * Answers a download that cannot be given with a short page in the user's language (Swedish by
     * default): the status, the reason and a way back; no stack trace, no text from the server.
     */
    static void refuse(HttpServletResponse response, int status, ResourceBundle texts, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String language = texts.getLocale().getLanguage().isEmpty() ? "sv" : texts.getLocale().getLanguage();
        String title = escaped(texts.getString("report.export.refusedTitle"));
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p id=\"reason\">" + escaped(reason) + "</p><p><a href=\"../index.xhtml\">"
                + escaped(texts.getString("report.export.back")) + "</a></p></main></body></html>\n");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A downloaded file's name, without extension, in the reader's language: the bundle's pattern
     * ({@code export.fileName.report}: "rapport-T2-2026-Umeå", in English "report-T2-2026-Umeå";
     * {@code export.fileName.matrix}: "statusmatris-T2-2026") with the parts filled in.
     */
    static String fileName(ResourceBundle texts, String key, String... parts) {
        return java.text.MessageFormat.format(texts.getString(key), (Object[]) parts);
    }

    static void send(HttpServletResponse response, String type, String name, byte[] content) throws IOException {
        response.setContentType(type);
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
