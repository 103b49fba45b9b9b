import { useTranslation } from 'react-i18next';
import type { EcosystemContent } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useImageExport } from '../boards/export-scene';
import { saveMapImage } from './export-map';

/** "Export SVG" and "Export PNG" for the whole map (filters and selection do not apply). */
export function MapExportButtons({ title, content }: { title: string; content: EcosystemContent }) {
  const { t } = useTranslation();
  const services = useServices();
  const { busy, run } = useImageExport((format) => saveMapImage(services, t, { title, content }, format));

  return (
    <>
      {(['svg', 'png'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          // Not `disabled`: a focused button that becomes disabled drops keyboard focus.
          aria-disabled={busy !== null}
          aria-busy={busy === format}
          onClick={() => void run(format)}
        >
          {busy === format
            ? t('mapExport.exporting')
            : t(format === 'svg' ? 'mapExport.exportSvg' : 'mapExport.exportPng')}
        </button>
      ))}
    </>
  );
}
