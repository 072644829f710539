package se.samverkansportalen.service.plan;

import jakarta.ejb.Local;
import java.util.Collection;

/**
 * The plan's question to the reporting side: have kommuner reported on these aktiviteter? The
 * plan owns the question (it refuses to remove what has been reported on); the reporting package
 * answers it, so the plan package never depends on reporting.
 */
@Local
public interface ActivityReports {

    /**
     * How many progress reports, in any kommun, give a status, traffic light or narrative for any
     * of these aktiviteter (by item key); 0 for none or an empty collection.
     */
    long reportsFor(Collection<String> activityItemKeys);
}
