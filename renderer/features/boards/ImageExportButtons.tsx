import { useTranslation } from 'react-i18next';
import { useImageExport, type SceneImageFormat } from './export-scene';

/** "Export SVG" and "Export PNG" for a whole board (filters and selection do not apply). */
export function ImageExportButtons({
  save,
  small = false,
  exporting,
}: {
  save: (format: SceneImageFormat) => Promise<void>;
  /** The small buttons of a dense toolbar (the journey's). */
  small?: boolean;
  /** What a busy button says (the map keeps its own words). */
  exporting?: string;
}) {
  const { t } = useTranslation();
  const { busy, run } = useImageExport(save);
  return (
    <>
      {(['svg', 'png'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className={small ? 'button button-small' : 'button'}
          // Not `disabled`: a focused button that becomes disabled drops keyboard focus.
          aria-disabled={busy !== null}
          aria-busy={busy === format}
          onClick={() => void run(format)}
        >
          {busy === format
            ? (exporting ?? t('boardExport.exporting'))
            : t(format === 'svg' ? 'mapExport.exportSvg' : 'mapExport.exportPng')}
        </button>
      ))}
    </>
  );
}
