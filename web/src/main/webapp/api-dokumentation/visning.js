// Shows the server's OpenAPI document (WildFly's /openapi, at the root of the same host) in Swagger UI.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    deepLinking: true
  });
});
