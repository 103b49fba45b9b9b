import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc/contract';
import type { MenuMessages } from '../../shared/i18n/menu-messages';

const extensions: Record<FileKind, { label: keyof MenuMessages; extensions: string[] }> = {
  pdf: { label: 'filterPdf', extensions: ['pdf'] },
  kartta: { label: 'filterKartta', extensions: ['kartta'] },
  csv: { label: 'filterCsv', extensions: ['csv'] },
  png: { label: 'filterPng', extensions: ['png'] },
  svg: { label: 'filterSvg', extensions: ['svg'] },
  image: { label: 'filterImage', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] },
};

export function filtersFor(kind: FileKind, messages: MenuMessages): FileFilter[] {
  const entry = extensions[kind];
  return [{ name: messages[entry.label], extensions: entry.extensions }];
}

/** GTK save dialogs do not add the extension the filter names; a PDF must still end in .pdf. */
export function withExtension(path: string, kind: FileKind): string {
  const allowed = extensions[kind].extensions;
  const lower = path.toLowerCase();
  return allowed.some((ext) => lower.endsWith(`.${ext}`)) ? path : `${path}.${allowed[0]}`;
}
