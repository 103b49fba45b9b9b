import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { mimeTypeOf, resolveAppRequest, resolveUnderRoot } from '../../../electron/main/app-files';

const root = mkdtempSync(join(tmpdir(), 'kartta-renderer-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'index-abc.js'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const inside = (path: string | null): boolean => path === null || path.startsWith(root + sep);

describe('app:// path resolver', () => {
  it('serves index.html for the root and for the entry URL', () => {
    expect(resolveAppRequest(root, 'app://kartta/')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://kartta')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://kartta/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://kartta/index.html?x=1#y')).toBe(join(root, 'index.html'));
  });

  it('maps assets inside the root', () => {
    expect(resolveAppRequest(root, 'app://kartta/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppRequest(root, 'app://kartta/assets/')).toBe(join(root, 'assets', 'index.html'));
  });

  it.each([
    'app://kartta/../../etc/passwd',
    'app://kartta/%2e%2e/%2e%2e/etc/passwd',
    'app://kartta/%2E%2E/%2E%2E/etc/passwd',
    'app://kartta/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://kartta/..%5c..%5cwindows%5cwin.ini',
    'app://kartta/%00index.html',
    'app://kartta/%E0%A4%A',
  ])('never resolves outside the root: %s', (url) => {
    expect(inside(resolveAppRequest(root, url))).toBe(true);
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2F..%2Fetc/passwd', '/..\\..\\x', '/%2e%2e'])(
    'rejects a raw traversal path %s',
    (path) => {
      expect(resolveUnderRoot(root, path)).toBeNull();
    },
  );

  it('refuses other hosts and schemes', () => {
    expect(resolveAppRequest(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppRequest(root, 'https://kartta/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'not a url')).toBeNull();
  });

  it('gives correct MIME types', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a/b/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('style.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('favicon.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('font.ttf')).toBe('font/ttf');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('unknown.bin')).toBe('application/octet-stream');
  });
});
