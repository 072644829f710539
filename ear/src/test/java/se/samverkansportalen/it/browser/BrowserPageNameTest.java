package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The page part of a screenshot's file name: the address's path, readable and safe as a file name;
 * and which page loads are scanned with axe (the portal's, not Keycloak's login pages).
 */
class BrowserPageNameTest {

    @Test
    void a_portal_page_is_named_by_its_path_without_query_or_suffix() {
        assertThat(Browser.pageName(Browser.PORTAL_URL + "lokal/plan.xhtml?id=12&kommun=2480")).isEqualTo("lokal-plan");
        assertThat(Browser.pageName(Browser.PORTAL_URL + "rapport/granska.xhtml#item-3")).isEqualTo("rapport-granska");
        assertThat(Browser.pageName(Browser.PORTAL_URL)).isEqualTo("index");
        assertThat(Browser.pageName(Browser.KEYCLOAK_URL + "/realms/samverkan/protocol/openid-connect/auth?x=1")).isEqualTo("keycloak-login");
    }

    @Test
    void the_portals_pages_are_scanned_on_loading_and_Keycloaks_are_not() {
        assertThat(Browser.scannedOnLoad(Browser.PORTAL_URL + "lokal/plan.xhtml?id=12")).isTrue();
        assertThat(Browser.scannedOnLoad(Browser.PORTAL_URL)).isTrue();
        assertThat(Browser.scannedOnLoad(Browser.KEYCLOAK_URL + "/realms/samverkan/protocol/openid-connect/auth?x=1")).isFalse();
        assertThat(Browser.scannedOnLoad("about:blank")).isFalse();
        assertThat(Browser.scannedOnLoad("data:,")).isFalse();
    }
}
