package se.samverkansportalen.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.samverkansportalen.web.admin.RedactionResource;
import se.samverkansportalen.web.api.AccessRefusalMapper;
import se.samverkansportalen.web.api.ApiDocument;
import se.samverkansportalen.web.api.ApiRefusal;
import se.samverkansportalen.web.api.FailureMapper;
import se.samverkansportalen.web.api.RefusalMapper;
import se.samverkansportalen.web.api.StrictJson;
import se.samverkansportalen.web.api.ValidationFailureMapper;
import se.samverkansportalen.web.keyfigure.KeyFigureResource;
import se.samverkansportalen.web.localplan.LocalPlanResource;
import se.samverkansportalen.web.metrics.MetricsResource;
import se.samverkansportalen.web.operations.ApiRoutes;
import se.samverkansportalen.web.quality.QualityReportResource;
import se.samverkansportalen.web.reminder.ReminderResource;
import se.samverkansportalen.web.report.OverviewResource;
import se.samverkansportalen.web.report.ReportDecisionResource;
import se.samverkansportalen.web.report.ReportResource;

/**
 * The portal's REST API under {@code /api/v1}: the same services as the pages, for a kommun's own
 * systems and for tests. Callers authenticate with a Keycloak access token (Authorization:
 * Bearer); the roles and the kommun come from that token exactly as for a browser login. The
 * unversioned paths of before ({@code /api/…}) answer the same during the transition
 * ({@link UnversionedPaths}).
 *
 * <p>The resources and providers are listed here, {@link #getClasses}, never scanned: scanning took
 * EclipseLink's own REST resources (JPA-RS, {@code /{version}/{context}/entity/…}) from the EAR's
 * {@code lib} into the API, answering outside the portal's rules (seen 2026-12-02;
 * {@code RestApplicationTest} keeps the list complete).
 *
 * <p>Its contract is WildFly's MicroProfile OpenAPI document at {@code /openapi} (readable at
 * {@code /samverkansportalen/api-dokumentation/}), generated from the resource classes, this
 * definition and {@link ApiDocument}, which adds every operation's refusals.
 */
@ApplicationPath("/api/" + ApiDocument.VERSION)
@OpenAPIDefinition(
        info = @Info(title = "Samverkansportalen API", version = "1",
                description = "Samverkansportalens REST-API: lokala planer, rapportperioder, kommunernas rapporter, granskning, "
                        + "statusmatris, lägesbild, kvalitetsberättelser och påminnelser. Anropa med en åtkomsttoken från regionens "
                        + "Keycloak (Authorization: Bearer); rollerna och kommunen kommer från token. Ett nekat anrop svarar med "
                        + "ApiRefusal, där reference är felkoden i serverns logg.\n\n"
                        + "The portal's REST API: local plans, reporting periods, the kommuner's reports, review, status matrix, "
                        + "regional picture, quality reports and reminders. Call it with an access token from the region's Keycloak "
                        + "(Authorization: Bearer); the roles and the kommun come from the token. A refused call answers ApiRefusal, "
                        + "whose reference is the request's id in the server log."),
        components = @Components(
                schemas = @Schema(name = ApiDocument.REFUSAL, implementation = ApiRefusal.class,
                        description = "Ett nekat eller misslyckat anrop. / A refused or failed call."),
                securitySchemes = @SecurityScheme(securitySchemeName = ApiDocument.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "Åtkomsttoken från regionens Keycloak (realm samverkan, klient samverkansportalen). "
                                + "/ An access token from the region's Keycloak (realm samverkan, client samverkansportalen).")),
        security = @SecurityRequirement(name = ApiDocument.BEARER))
public class RestApplication extends Application {

    /** Every resource and provider of the API. */
    static final Set<Class<?>> CLASSES = Set.of(
            LocalPlanResource.class, ReportResource.class, ReportDecisionResource.class, OverviewResource.class,
            QualityReportResource.class, ReminderResource.class, RedactionResource.class, MetricsResource.class, KeyFigureResource.class,
            RefusalMapper.class, AccessRefusalMapper.class, ValidationFailureMapper.class, FailureMapper.class, StrictJson.class,
            ApiRoutes.class);

    @Override
    public Set<Class<?>> getClasses() {
        return CLASSES;
    }
}
