package se.samverkansportalen.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void anApiCallIsMeasuredByItsEndpointsTemplateNotItsIds() {
        assertThat(Routes.of("/api", "/lokala-planer/12", "/api/lokala-planer/{id}", 200)).isEqualTo("/api/lokala-planer/{id}");
        assertThat(Routes.of("/api", "/lokala-planer/13", "/api/lokala-planer/{id}", 404)).isEqualTo("/api/lokala-planer/{id}");
    }

    @Test
    void anAddressNothingAnswersIsOneRouteWhateverWasTyped() {
        assertThat(Routes.of("/finns-inte.xhtml", null, null, 404)).isEqualTo(Routes.UNMATCHED);
        assertThat(Routes.of("/api", "/nagot/annat", null, 404)).isEqualTo(Routes.UNMATCHED);
    }

    @Test
    void pagesByTheirPathResourcesAsOneRouteEach() {
        assertThat(Routes.of("/rapport/matris.xhtml", null, null, 200)).isEqualTo("/rapport/matris.xhtml");
        assertThat(Routes.of("/jakarta.faces.resource/theme.css.xhtml", null, null, 200)).isEqualTo("/jakarta.faces.resource");
        assertThat(Routes.of("/resources/js/forms.js", null, null, 200)).isEqualTo("/resources");
        assertThat(Routes.of("", "/", null, 302)).isEqualTo("/");
    }

    @Test
    void aServletThatTakesAPathBelowItIsOneRoute() {
        assertThat(Routes.of("/rapport/export", "/12/umea.pdf", null, 200)).isEqualTo("/rapport/export/*");
        assertThat(Routes.of("/api", "/lokala-planer", null, 401)).isEqualTo("/api/*");
    }

    @Test
    void anUnknownMethodIsOther() {
        assertThat(Routes.method("GET")).isEqualTo("GET");
        assertThat(Routes.method("PROPFIND")).isEqualTo("OTHER");
        assertThat(Routes.method(null)).isEqualTo("OTHER");
    }
}
