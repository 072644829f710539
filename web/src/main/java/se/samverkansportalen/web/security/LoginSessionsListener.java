package se.samverkansportalen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Takes an ended portal session out of {@link LoginSessions}. */
@WebListener
public class LoginSessionsListener implements HttpSessionListener {

    @Inject
    LoginSessions loginSessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object sid = event.getSession().getAttribute(LoginSessions.LOGIN_SID);
        loginSessions.remove(sid instanceof String s ? s : null, event.getSession().getId());
    }
}
