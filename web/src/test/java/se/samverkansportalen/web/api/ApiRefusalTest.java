package se.samverkansportalen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.ForbiddenRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;

/** Each kind of refusal has its HTTP status, decided by its type and never by its message key. */
class ApiRefusalTest {

    @Test
    void each_kind_of_refusal_answers_its_own_status() {
        assertThat(ApiRefusal.status(new NotFoundRefusal("report.error.periodNotFound")).getStatusCode()).isEqualTo(404);
        assertThat(ApiRefusal.status(new ConflictRefusal("localplan.error.changed")).getStatusCode()).isEqualTo(409);
        assertThat(ApiRefusal.status(new WrongStateRefusal("report.error.periodClosed", "2017-T2")).getStatusCode()).isEqualTo(409);
        assertThat(ApiRefusal.status(new ForbiddenRefusal("discussion.error.notAuthor")).getStatusCode()).isEqualTo(403);
        assertThat(ApiRefusal.status(InvalidInputRefusal.atField("title", "input.required", "title")).getStatusCode()).isEqualTo(400);
    }

    @Test
    void a_key_that_merely_ends_like_another_kind_does_not_change_the_status() {
        assertThat(ApiRefusal.status(new InvalidInputRefusal("plan.error.notFound")).getStatusCode())
                .as("the type decides, not the key's suffix").isEqualTo(400);
        assertThat(ApiRefusal.status(new NotFoundRefusal("report.error.changed")).getStatusCode()).isEqualTo(404);
    }
}
