package se.samverkansportalen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal sessions of each Keycloak login session ({@code sid} claim), so that Keycloak's
 * back-channel logout ({@link BackchannelLogoutServlet}) can end them at once. Sessions enter at
 * their first request after login ({@link SessionRenewalFilter}) and leave when they end
 * ({@link LoginSessionsListener}). Held in this server's memory, as the sessions themselves are.
 */
@ApplicationScoped
public class LoginSessions {

    /** The session attribute holding the Keycloak login session ({@code sid}) the session belongs to. */
    public static final String LOGIN_SID = LoginSessions.class.getName() + ".sid";

    private final Map<String, Map<String, HttpSession>> bySid = new ConcurrentHashMap<>();

    /** Records a portal session as belonging to a Keycloak login session. */
    public void add(String sid, HttpSession session) {
        bySid.computeIfAbsent(sid, s -> new ConcurrentHashMap<>()).put(session.getId(), session);
    }

    /** Forgets a portal session that ended (or changed its id). */
    public void remove(String sid, String sessionId) {
        if (sid == null) {
            return;
        }
        bySid.computeIfPresent(sid, (s, sessions) -> {
            sessions.remove(sessionId);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Ends every portal session of a Keycloak login session; gives how many were ended. */
    public int end(String sid) {
        Map<String, HttpSession> sessions = bySid.remove(sid);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
        return ended;
    }
}
