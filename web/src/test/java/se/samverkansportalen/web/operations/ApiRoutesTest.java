package se.samverkansportalen.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

    @Path("lokala-planer")
    static class Plans {
        @Path("{id}/atgarder/")
        void measures() {
        }

        void list() {
        }
    }

    @Path("/rapporter/")
    static class Reports {
        @Path("/{period}")
        void one() {
        }
    }

    @Test
    void theTemplateIsTheApplicationsClassesAndMethodsPathsWithOneSlashEach() throws NoSuchMethodException {
        assertThat(ApiRoutes.template("/api", Plans.class.getAnnotation(Path.class),
                Plans.class.getDeclaredMethod("measures").getAnnotation(Path.class))).isEqualTo("/api/lokala-planer/{id}/atgarder");
        assertThat(ApiRoutes.template("/api", Plans.class.getAnnotation(Path.class),
                Plans.class.getDeclaredMethod("list").getAnnotation(Path.class))).isEqualTo("/api/lokala-planer");
        assertThat(ApiRoutes.template("/api", Reports.class.getAnnotation(Path.class),
                Reports.class.getDeclaredMethod("one").getAnnotation(Path.class))).isEqualTo("/api/rapporter/{period}");
    }
}
