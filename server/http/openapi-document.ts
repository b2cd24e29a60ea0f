import { buildOpenApiDocument } from '../openapi/build-openapi-document.js';
import { appRouter } from '../root.js';

/** What GET /openapi.json answers: every procedure of the app's router (see server/openapi/), on this server's address. */
export const openApiDocument = (baseUrl: string) => buildOpenApiDocument(appRouter, baseUrl);
