// The interactive API docs (Swagger UI, vendored): a file of ours, so no inline script is needed.
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
