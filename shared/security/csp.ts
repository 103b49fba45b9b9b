/**
 * The app's one Content Security Policy (DESIGN.md). Main sends it as a header from the app://
 * protocol handler; the renderer build writes it into index.html as a meta tag for the browser.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
