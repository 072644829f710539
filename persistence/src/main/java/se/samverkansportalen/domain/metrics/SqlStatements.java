package se.samverkansportalen.domain.metrics;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, on the thread that sends them
 * ({@link SqlStatementCount}). Registered by the persistence unit's session customizer
 * ({@link se.samverkansportalen.domain.SessionSettings}).
 */
public class SqlStatements implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                SqlStatementCount.increment();
            }
        });
    }
}
