package se.samverkansportalen.service.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.quality.QualityReport;
import se.samverkansportalen.domain.quality.QualityReportYear;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.tenant.KommunCodeInAddress;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.tenant.KommunDirectory;
import se.samverkansportalen.service.tenant.KommunEntityManagers;

/**
 * The region's coordinators and the LBU network read every kommun's fastställda
 * kvalitetsberättelser (public documents), as they were fastställda, with small numbers withheld
 * ("< 5"; the exact value never leaves the server). An utkast stays with its kommun: it is not
 * listed here, and asking for one is answered exactly as asking for a berättelse that does not
 * exist. Read only: each read opens an entity manager bound to the one kommun it reads, outside
 * any transaction, as {@code LocalPlanReading} does.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.REVIEWER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QualityReportReading {

    @PersistenceUnit(unitName = "samverkan")
    EntityManagerFactory emf;

    @EJB
    KommunDirectory kommuner;

    /**
     * Every kommun's fastställda berättelser, kommun by kommun, newest year first: one statement
     * across the kommuner whatever their number (a deliberate read across tenants, of the listing's
     * columns of fastställda berättelser only; never an utkast, never the content).
     */
    public List<QualityReportSummary> all() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        kommuner.all().forEach(k -> names.put(k.getCode(), k.getName()));
        jakarta.persistence.EntityManager em = emf.createEntityManager();
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT kommun_code, report_year, adopted_on, decided_by, registration_number, "
                    + "source_label, example FROM quality_report WHERE status = 'ADOPTED' ORDER BY kommun_code, report_year DESC")
                    .setHint(se.samverkansportalen.domain.tenant.Tenancy.ALLOW_NATIVE_SQL, true).getResultList();
            List<QualityReportSummary> reports = new ArrayList<>();
            for (Object[] row : rows) {
                String code = String.valueOf(row[0]).strip();
                java.time.LocalDate adoptedOn = row[2] == null ? null
                        : row[2] instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) row[2];
                reports.add(new QualityReportSummary(code, names.getOrDefault(code, code), ((Number) row[1]).intValue(),
                        se.samverkansportalen.domain.quality.QualityReportStatus.ADOPTED, adoptedOn, (String) row[3], (String) row[4],
                        (String) row[5], row[6] instanceof Boolean b ? b : ((Number) row[6]).intValue() != 0));
            }
            reports.sort(java.util.Comparator.comparing((QualityReportSummary r) -> r.kommunName(), java.text.Collator.getInstance(
                    java.util.Locale.forLanguageTag("sv-SE"))).thenComparing(QualityReportSummary::year, java.util.Comparator.reverseOrder()));
            return reports;
        } finally {
            em.close();
        }
    }

    /** One kommun's fastställd berättelse of a year, small numbers withheld; an utkast is not found. */
    public QualityReportView report(@KommunCodeInAddress String kommunCode,
            @QualityReportYear int year) {
        Kommun kommun = kommuner.find(kommunCode == null ? "" : kommunCode).orElseThrow(QualityReports::notFound);
        String content = KommunEntityManagers.read(emf, kommun.getCode(), em -> em.createNamedQuery(QualityReport.BY_YEAR, QualityReport.class)
                .setParameter("year", year).getResultStream().filter(QualityReport::isAdopted).findFirst()
                .map(QualityReport::getAdoptedContent).orElseThrow(QualityReports::notFound));
        return QualityReportContent.read(content).forOthers();
    }
}
