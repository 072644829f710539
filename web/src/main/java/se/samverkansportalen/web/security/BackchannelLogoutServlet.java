package se.samverkansportalen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Keycloak's back-channel logout (OpenID Connect Back-Channel Logout 1.0): when a user logs out
 * at Keycloak or an administrator ends the user's session, Keycloak posts a signed logout token
 * here, and the portal ends every portal session of that Keycloak login session at once on this
 * node ({@link LoginSessions}) and, through the database, within seconds on every other node of a
 * cluster ({@link EndedLoginsWatch}). Otherwise the portal session would keep working until its access token
 * ran out (five minutes). The realm's client names this address as its
 * {@code backchannel.logout.url} with {@code backchannel.logout.session.required}; the address is
 * outside the login (web.xml), the token proves the caller.
 * <p>
 * Takes {@code logout_token} (form field): a JWT signed with a key of the realm (its JWKS), issued
 * by the realm ({@link OidcSettings#providerUrl()}) for the portal's client, with {@code iat}, the
 * back-channel logout event, a {@code sid} and no {@code nonce}. Gives 200 when it was accepted
 * (also when no portal session belonged to it); 400 for a missing or invalid token, nothing ended;
 * 413 for a body declared over {@value #MAX_BODY_BYTES} bytes (a logout token is a few hundred), unread. A
 * refusal is logged as one short line naming jose4j's error codes, never the token sent, so that
 * anyone who can reach the address cannot fill or forge the log.
 * elytron-oidc-client 2.8 has no such endpoint of its own (STACK-NOTES). Issue 12, "Sessions".
 */
@WebServlet("/oidc/backchannel-logout")
public class BackchannelLogoutServlet extends HttpServlet {

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** The largest body read: a logout token is a few hundred bytes. */
    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());

    @Inject
    LoginSessions loginSessions;

    @Inject
    EndedLoginsWatch endedLogins;

    private volatile JwtConsumer consumer;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", "invalid_request")
                    .add("error_description", "body too large").build().toString());
            LOG.log(Level.WARNING, "Back-channel logout refused: a body of {0} bytes", request.getContentLengthLong());
            return;
        }
        String token = request.getParameter("logout_token");
        if (token == null || token.isBlank()) {
            refuse(response, "no logout_token");
            return;
        }
        JwtClaims claims;
        try {
            claims = consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            LOG.log(Level.WARNING, "Back-channel logout refused: an invalid logout token (jose4j error codes {0})",
                    e.getErrorDetails().stream().map(d -> Integer.toString(d.getErrorCode())).toList());
            refuse(response, "invalid logout_token");
            return;
        }
        Object events = claims.getClaimValue("events");
        Object sid = claims.getClaimValue("sid");
        if (!(events instanceof Map<?, ?> map) || !map.containsKey(LOGOUT_EVENT) || claims.hasClaim("nonce")
                || !(sid instanceof String loginSession) || loginSession.isBlank()) {
            refuse(response, "not a back-channel logout token with a sid");
            return;
        }
        int ended = loginSessions.end(loginSession);
        try {
            endedLogins.ended(loginSession);
        } catch (RuntimeException e) {
            // This node's sessions of the login are ended; another node's end when their tokens can no longer be refreshed.
            LOG.log(Level.WARNING, "Back-channel logout of Keycloak session {0} not recorded for the other nodes: {1}",
                    new Object[] {loginSession, e.toString()});
        }
        LOG.log(Level.INFO, "Back-channel logout of Keycloak session {0}: {1} portal session(s) ended on this node, the others told",
                new Object[] {loginSession, ended});
        response.setStatus(HttpServletResponse.SC_OK);
    }

    private JwtConsumer consumer() {
        JwtConsumer current = consumer;
        if (current == null) {
            HttpsJwks keys = new HttpsJwks(OidcSettings.keysUrl());
            current = new JwtConsumerBuilder()
                    .setExpectedIssuer(OidcSettings.providerUrl())
                    .setExpectedAudience(OidcSettings.clientId())
                    .setRequireIssuedAt()
                    .setAllowedClockSkewInSeconds(60)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                            AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                    .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                    .build();
            consumer = current;
        }
        return current;
    }

    private static void refuse(HttpServletResponse response, String description) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", "invalid_request")
                .add("error_description", description).build().toString());
    }
}
