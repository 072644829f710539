// Shows the server's OpenAPI document (WildFly's /openapi, at the root of the same host) in Swagger UI,
// read only (no "Try it out": calls need a token from the region's Keycloak) and drawn so that it passes
// WCAG 2.1 AA: no control inside an operation's summary button (the copy-path button is left out and
// the path is no link), and the colours of visning.css.
window.addEventListener('load', function () {
  var withoutCopyButtons = function () {
    return {
      wrapComponents: {
        CopyToClipboardBtn: function () {
          return function () {
            return null;
          };
        }
      }
    };
  };
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    deepLinking: false,
    supportedSubmitMethods: [],
    // Examples as plain text, white on Swagger UI's dark grey, rather than in the highlighter's many colours.
    syntaxHighlight: { activated: false },
    plugins: [withoutCopyButtons]
  });
});
