package se.samverkansportalen.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.audit.AuditEntry;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.validation.Violations;

/**
 * Only an administrator removes values from the history, and the reason they give is held to the
 * rules every free text is: required, at most 500 characters, and no personnummer (the reason is
 * itself written into the audit trail). Checked on the declared contract, as the default
 * interceptor checks it on every call.
 */
class AuditRedactionContractTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void only_the_administrator_role_may_call_the_service() {
        assertThat(AuditRedaction.class.getAnnotation(RolesAllowed.class).value()).containsExactly(PortalRole.ADMINISTRATOR);
    }

    @Test
    void a_reason_holding_a_personnummer_is_refused_at_the_reason() throws Exception {
        InvalidInputRefusal refusal = refusalOf("Barnet 19121212-1212 nämndes i texten");

        assertThat(refusal.getMessageKey()).isEqualTo("input.personalData");
        assertThat(refusal.getField()).isEqualTo("reason");
    }

    @Test
    void a_reason_is_required_and_at_most_500_characters() throws Exception {
        assertThat(refusalOf("  ").getMessageKey()).isEqualTo("input.required");
        assertThat(refusalOf(null).getMessageKey()).isEqualTo("input.required");
        InvalidInputRefusal tooLong = refusalOf("x".repeat(AuditEntry.REDACTION_REASON_MAX + 1));
        assertThat(tooLong.getMessageKey()).isEqualTo("input.tooLong");
        assertThat(tooLong.getArguments()).containsExactly("reason", "500");
        assertThat(refusalOf("Personnummer i fritext från 2015")).isNull();
    }

    private static InvalidInputRefusal refusalOf(String reason) throws Exception {
        Method redact = AuditRedaction.class.getMethod("redact", long.class, String.class);
        return Violations.refusal(VALIDATOR.forExecutables().validateParameters(new AuditRedaction(), redact,
                new Object[] {42L, reason}));
    }
}
