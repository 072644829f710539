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
import se.samverkansportalen.web.i18n.LanguageBacking;
import se.samverkansportalen.web.identity.UserBadge;

/**
 * Downloads of a period: {@code /rapport/export?period=ID&format=pdf} is the caller's own kommun's
 * tertial report (exact figures), {@code &kommun=CODE} a kommun's report for the LBU network and
 * the region (small counts withheld), {@code format=xlsx} the whole status matrix. The services
 * decide who may have what.
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
        String format = request.getParameter("format");
        long period;
        try {
            period = Long.parseLong(request.getParameter("period"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "period=ID");
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
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
                send(response, "application/pdf", "rapport-" + report.getPeriodCode() + "-" + name + ".pdf", pdf);
            } else if ("xlsx".equals(format)) {
                StatusMatrix.Matrix view = matrix.forPeriod(period);
                String code = matrix.periodCode(period);
                try (var buffer = new java.io.ByteArrayOutputStream()) {
                    MatrixExcel.write(view, code, texts, buffer);
                    send(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "statusmatris-" + code + ".xlsx",
                            buffer.toByteArray());
                }
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format=pdf or format=xlsx");
            }
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (Refusal e) {
            response.sendError(ApiRefusal.status(e).getStatusCode());
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] content) throws IOException {
        response.setContentType(type);
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
