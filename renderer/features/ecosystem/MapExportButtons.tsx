import { useTranslation } from 'react-i18next';
import type { EcosystemContent } from '../../../shared/model';
import { useServices } from '../../app/context';
import { ImageExportButtons } from '../boards/ImageExportButtons';
import { saveMapImage } from './export-map';

/** "Export SVG" and "Export PNG" for the whole map (filters and selection do not apply). */
export function MapExportButtons({
  title,
  content,
  altText,
}: {
  title: string;
  content: EcosystemContent;
  altText?: string;
}) {
  const { t } = useTranslation();
  const services = useServices();
  return (
    <ImageExportButtons
      exporting={t('mapExport.exporting')}
      save={(format) => saveMapImage(services, t, { title, content, altText }, format)}
    />
  );
}
