package se.samverkansportalen.service.validation;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;

/**
 * Checks every call into a service against the constraints declared on its parameters and on the
 * forms they carry (a default interceptor of every service, see {@code META-INF/ejb-jar.xml}):
 * {@code @NotNull}, {@code @Size}, {@code @NoPersonalData} and the rest, declared once next to the
 * field, refuse the call before it touches the database, as an {@link InvalidInputRefusal} naming
 * the field (see {@link Violations}). Pages, the REST API and the file imports reach the services
 * through here, so each rule holds for all of them.
 */
public class InputValidation {

    @Resource
    Validator validator;

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(call.getTarget(), call.getMethod(), call.getParameters());
        if (!violations.isEmpty()) {
            throw Violations.refusal(violations);
        }
        return call.proceed();
    }
}
