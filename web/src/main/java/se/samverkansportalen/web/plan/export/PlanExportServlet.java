package se.samverkansportalen.web.plan.export;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.i18n.LanguageBacking;

/**
 * Downloads the regional plan: {@code /plan/export?format=pdf} or {@code format=xlsx}, the latest
 * version or {@code &version=N}. Behind the same login as the pages.
 */
@WebServlet("/plan/export")
public class PlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalPlanService plans;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"pdf".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format=pdf or format=xlsx");
            return;
        }
        Optional<RegionalPlanView> plan;
        try {
            String version = request.getParameter("version");
            plan = version == null ? plans.currentPlan() : plans.version(Integer.parseInt(version));
        } catch (NumberFormatException e) {
            plan = Optional.empty();
        }
        if (plan.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        String name = fileName(texts, plan.get().versionNumber(), format);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if ("pdf".equals(format)) {
            response.setContentType("application/pdf");
            PlanPdf.write(plan.get(), texts, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            PlanExcel.write(plan.get(), texts, response.getOutputStream());
        }
    }

    /**
     * The downloaded file's name in the reader's language ({@code regionala-planen-version-2.pdf},
     * in English {@code regional-plan-version-2.pdf}); {@code format} is the extension, pdf or xlsx.
     */
    public static String fileName(ResourceBundle texts, int versionNumber, String format) {
        return java.text.MessageFormat.format(texts.getString("export.fileName.plan"), String.valueOf(versionNumber)) + "." + format;
    }
}
