package se.samverkansportalen.domain;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import se.samverkansportalen.domain.metrics.SqlStatements;

/**
 * The persistence unit's session customizer (persistence.xml): counts the SQL statements sent
 * ({@link SqlStatements}), and makes a query that finds the database out of reach fail at once
 * instead of waiting. EclipseLink would try such a query again after 5 seconds, twice (10 s per
 * request, measured on the cluster test with the database link cut) before the portal could answer
 * "tillfälligt fel"; WildFly's pool already hands out only connections it has validated, so the
 * pause buys nothing.
 */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new SqlStatements().customize(session);
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
