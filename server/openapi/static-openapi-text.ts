/** The address the checked-in docs/openapi.json is written for: the default PORT on this machine. */
export const STATIC_OPENAPI_BASE_URL = 'http://localhost:3000';

/** The checked-in document's exact text, so a test can compare it byte for byte with a fresh one. */
export const staticOpenApiText = (document: unknown) => `${JSON.stringify(document, null, '\t')}\n`;
