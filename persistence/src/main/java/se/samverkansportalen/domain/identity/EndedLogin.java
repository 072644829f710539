package se.samverkansportalen.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A Keycloak login session that has ended (Keycloak's back-channel logout named its {@code sid}):
 * kept so that every node of a cluster ends its portal sessions of that login, not only the node
 * that received the logout. Holds no person's name, only Keycloak's opaque session id and when it
 * ended. Kept for {@code EndedLogins.KEPT}, longer than any Keycloak login lives.
 */
@Entity
@Table(name = "ended_login")
@NamedQuery(name = EndedLogin.SINCE, query = "SELECT e FROM EndedLogin e WHERE e.endedAt > :since ORDER BY e.endedAt")
@NamedQuery(name = EndedLogin.FORGET_BEFORE, query = "DELETE FROM EndedLogin e WHERE e.endedAt < :before")
public class EndedLogin {

    /** The logins ended after {@code since} (UTC), oldest first. */
    public static final String SINCE = "EndedLogin.since";
    /** Forgets the logins ended before {@code before} (UTC). */
    public static final String FORGET_BEFORE = "EndedLogin.forgetBefore";

    /** Keycloak's login session id ({@code sid} claim): at most 255 characters. */
    @Id
    @NotBlank
    @Size(max = 255)
    @Column(name = "sid", nullable = false, length = 255)
    private String sid;

    /** When it ended, in UTC. */
    @Column(name = "ended_at", nullable = false)
    private LocalDateTime endedAt;

    protected EndedLogin() {
    }

    /** A login session {@code sid} that ended at {@code endedAt}. */
    public EndedLogin(String sid, Instant endedAt) {
        this.sid = sid;
        this.endedAt = LocalDateTime.ofInstant(endedAt, ZoneOffset.UTC);
    }

    public String getSid() {
        return sid;
    }

    public Instant getEndedAt() {
        return endedAt.toInstant(ZoneOffset.UTC);
    }
}
