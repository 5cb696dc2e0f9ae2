window.__env = {
  API_URL: "/api",
  KEYCLOAK_URL: "/auth",
  KEYCLOAK_REALM: "supplier",
  KEYCLOAK_CLIENT_ID: "frontend-public",
  KEYCLOAK_CLIENT_SECRET: "example-public-secret-0000",
};
