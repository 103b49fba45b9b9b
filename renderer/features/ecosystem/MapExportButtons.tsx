import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemContent } from '../../../shared/model';
import { useServices } from '../../app/context';
import { saveMapImage, type MapImageFormat } from './export-map';

/** "Export SVG" and "Export PNG" for the whole map (filters and selection do not apply). */
export function MapExportButtons({ title, content }: { title: string; content: EcosystemContent }) {
  const { t } = useTranslation();
  const services = useServices();
  const [busy, setBusy] = useState<MapImageFormat | null>(null);

  const save = async (format: MapImageFormat) => {
    if (busy) return;
    setBusy(format);
    try {
      await saveMapImage(services, t, { title, content }, format);
    } finally {
      setBusy(null);
    }
  };

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
          onClick={() => void save(format)}
        >
          {busy === format
            ? t('mapExport.exporting')
            : t(format === 'svg' ? 'mapExport.exportSvg' : 'mapExport.exportPng')}
        </button>
      ))}
    </>
  );
}
