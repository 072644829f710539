package se.samverkansportalen.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.report.PeriodKind;
import se.samverkansportalen.domain.report.ReportingPeriod;
import se.samverkansportalen.domain.validation.CalendarDate;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;

/**
 * The reporting periods every kommun reports for. Regional coordinators open a period (a tertial
 * or a month, with a deadline) and close it; everyone logged in sees them. A closed period is
 * read only and is not opened again.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class ReportingPeriods {


    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentUser user;

    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    /** A period as lists show it. */
    public record Period(long id, PeriodKind kind, int year, int number, String code, LocalDate start, LocalDate end,
            LocalDate deadline, boolean open, boolean pastDeadline, String openedBy) implements Serializable {
    }

    /** Every period, newest first. */
    public List<Period> all() {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(ReportingPeriod.ALL, ReportingPeriod.class).getResultList().stream()
                .map(p -> view(p, today)).toList();
    }

    /** The first and last year a period can be opened for: the portal's follow-up covers this century. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /**
     * Opens a period for every kommun: the {@code number}th tertial (1–3) or month (1–12) of
     * {@code year} ({@value #FIRST_YEAR}–{@value #LAST_YEAR}), with its deadline (not before the
     * period starts). Refused when the period exists already (409) or the input breaks these rules (400).
     */
    @RolesAllowed(PortalRole.COORDINATOR)
    public Period open(@NotNull PeriodKind kind, @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
            @NotNull @Min(1) Integer number, @NotNull @CalendarDate LocalDate deadline) {
        if (number > kind.perYear()) {
            throw InvalidInputRefusal.atField("number", "report.error.noSuchPeriod", String.valueOf(number), String.valueOf(kind.perYear()));
        }
        boolean exists = !em.createNamedQuery(ReportingPeriod.BY_CODE, ReportingPeriod.class).setParameter("kind", kind)
                .setParameter("year", year).setParameter("number", number).getResultList().isEmpty();
        ReportingPeriod period = new ReportingPeriod(kind, year, number, deadline, user.getDisplayName(),
                LocalDateTime.now(clock));
        if (exists) {
            throw new WrongStateRefusal("report.error.periodExists", period.code());
        }
        if (deadline.isBefore(period.start())) {
            throw new InvalidInputRefusal("report.error.deadlineBeforeStart", period.code());
        }
        em.persist(period);
        em.flush();
        audit.created(item(period), period.code());
        em.flush();
        audit.changed(item(period), "deadline", null, deadline);
        return view(period, LocalDate.now(clock));
    }

    /** Closes a period: its reports become read only. */
    @RolesAllowed(PortalRole.COORDINATOR)
    public Period close(long id) {
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw new NotFoundRefusal("report.error.periodNotFound");
        }
        if (!period.isOpen()) {
            throw new WrongStateRefusal("report.error.periodClosed", period.code());
        }
        period.close(LocalDateTime.now(clock));
        audit.changed(item(period), "open", true, false);
        em.flush();
        return view(period, LocalDate.now(clock));
    }

    private static AuditedItem item(ReportingPeriod period) {
        return new AuditedItem(AuditItemType.REPORTING_PERIOD, period.code(), period.code());
    }

    private static Period view(ReportingPeriod p, LocalDate today) {
        return new Period(p.getId(), p.getKind(), p.getYear(), p.getNumber(), p.code(), p.start(), p.end(), p.getDeadline(),
                p.isOpen(), p.isPastDeadline(today), p.getOpenedBy());
    }
}
