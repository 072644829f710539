package se.samverkansportalen.domain;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import se.samverkansportalen.domain.metrics.SqlStatements;

/**
 * The persistence unit's session customizer (persistence.xml): counts the SQL statements sent
 * ({@link SqlStatements}), and makes a query that finds the database out of reach fail at once,
 * with the connection failure as its cause. EclipseLink would try such a query again after 5
 * seconds, twice (10 s per request, measured on the cluster test with the database link cut) before
 * the portal could answer "tillfälligt fel"; and inside a JTA transaction the retry cannot succeed
 * anyway (the transaction is marked for rollback at the first failure, and the retry's own failure,
 * IJ031070, hides the connection failure: bin/faults saw it answered 500). WildFly's pool hands out
 * only connections it has validated, so a retry buys nothing.
 */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new SqlStatements().customize(session);
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
