import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeOf, resolveAppRequest } from './app-files';
import { APP_SCHEME } from './origin';

/** Must run before `app` is ready: privileges cannot be added to a scheme later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain', ...securityHeaders } });
}

/** Serves the built renderer, and nothing else, with the CSP as a real header (file:// has none). */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = resolveAppRequest(rendererRoot, request.url);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache', ...securityHeaders },
      });
    } catch {
      return notFound();
    }
  });
}
