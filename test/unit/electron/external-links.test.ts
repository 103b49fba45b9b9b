import { describe, expect, it } from 'vitest';
import {
  createExternalLinkOpener,
  externalHttpsUrl,
  type LinkConfirmation,
} from '../../../electron/main/external-links';

describe('externalHttpsUrl', () => {
  it('takes plain https URLs, normalised', () => {
    expect(externalHttpsUrl('https://www.suomi.fi/ohjeet?x=1#a')).toBe('https://www.suomi.fi/ohjeet?x=1#a');
    expect(externalHttpsUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
  });

  it('refuses every other scheme, credentials, garbage and huge input', () => {
    for (const raw of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-settings:privacy',
      'app://kartta/index.html',
      'https://user:pass@example.org/',
      'https://user@example.org/',
      'not a url',
      '',
      `https://example.org/${'a'.repeat(3000)}`,
    ]) {
      expect(externalHttpsUrl(raw), raw).toBeNull();
    }
  });
});

function opener(answer: boolean | Promise<boolean>) {
  const asked: LinkConfirmation[] = [];
  const opened: string[] = [];
  const open = createExternalLinkOpener({
    language: () => 'fi',
    confirm: (question) => {
      asked.push(question);
      return Promise.resolve(answer);
    },
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  return { open, asked, opened };
}

describe('createExternalLinkOpener', () => {
  it('opens an https link only after the user confirms, showing the whole URL in their language', async () => {
    const yes = opener(true);
    expect(await yes.open('https://example.org/a b')).toBe(true);
    expect(yes.opened).toEqual(['https://example.org/a%20b']);
    expect(yes.asked[0]).toMatchObject({ message: 'Avataanko linkki verkkoselaimessa?', open: 'Avaa selaimessa' });
    expect(yes.asked[0]?.detail).toContain('https://example.org/a%20b');

    const no = opener(false);
    expect(await no.open('https://example.org/')).toBe(false);
    expect(no.opened).toEqual([]);
  });

  it('never asks about, or opens, anything but https', async () => {
    const any = opener(true);
    for (const raw of ['http://example.org/', 'file:///C:/Windows/System32/calc.exe', 'javascript:void 0']) {
      expect(await any.open(raw)).toBe(false);
    }
    expect(any.asked).toEqual([]);
    expect(any.opened).toEqual([]);
  });

  it('asks one question at a time, so a page cannot pile up dialogs', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const pending = opener(new Promise<boolean>((resolve) => (answer = resolve)));
    const first = pending.open('https://example.org/1');
    expect(await pending.open('https://example.org/2')).toBe(false);
    answer(true);
    expect(await first).toBe(true);
    expect(pending.opened).toEqual(['https://example.org/1']);
    expect(pending.asked).toHaveLength(1);
  });

  it('reports a failing browser launch instead of throwing into the guard', async () => {
    const errors: unknown[] = [];
    const open = createExternalLinkOpener({
      language: () => 'en',
      confirm: async () => true,
      openExternal: async () => {
        throw new Error('no browser');
      },
      onError: (error) => errors.push(error),
    });
    expect(await open('https://example.org/')).toBe(false);
    expect(errors).toHaveLength(1);
  });
});
