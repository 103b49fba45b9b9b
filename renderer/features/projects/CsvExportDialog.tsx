import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { noteColors } from '../../../shared/model';
import { projectTables, toCsv, type ProjectTables, type TableLabels } from '../../../shared/export';
import { useServices } from '../../app/context';
import { safeFileName } from '../../app/file-actions';
import { buildSnapshot } from '../../store/snapshot-io';
import { Dialog } from '../../ui/Dialog';
import { builtInTypeNames } from '../ecosystem/type-names';

type Table = keyof ProjectTables;
const TABLES: readonly Table[] = ['notes', 'actors', 'relations'];

function tableLabels(t: TFunction): TableLabels {
  return {
    headers: t('csvExport.headers', { returnObjects: true }) as TableLabels['headers'],
    colours: Object.fromEntries(noteColors.map((c) => [c, t(`canvas.colors.${c}`)])),
    types: builtInTypeNames(t),
    yes: t('csvExport.yes'),
    no: t('csvExport.no'),
    oneWay: t('csvExport.oneWay'),
    twoWay: t('csvExport.twoWay'),
  };
}

/**
 * The project's notes, actors and relations as CSV tables, for open data. Participants' names
 * are left out unless the facilitator keeps them: a published table should not name people
 * who did not agree to it.
 */
export function CsvExportDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [withNames, setWithNames] = useState(false);
  const save = async (table: Table) => {
    const { db, platform, notices } = services;
    try {
      const snapshot = await buildSnapshot(db, projectId);
      const rows = projectTables(snapshot, tableLabels(t), withNames)[table];
      const outcome = await platform.saveFile({
        suggestedName: `${safeFileName(snapshot.project.title)} - ${t(`csvExport.files.${table}`)}.csv`,
        kind: 'csv',
        mimeType: 'text/csv',
        data: new TextEncoder().encode(toCsv(rows)),
      });
      if (outcome.saved) notices.show({ tone: 'info', message: t('files.saved', { name: outcome.fileName }) });
    } catch (error) {
      notices.show({
        tone: 'error',
        message: t('files.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  return (
    <Dialog
      title={t('csvExport.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('csvExport.done')}
        </button>
      }
    >
      <p>{t('csvExport.help')}</p>
      <label className="checkbox-field">
        <input type="checkbox" checked={withNames} onChange={(e) => setWithNames(e.target.checked)} />
        {t('csvExport.withNames')}
      </label>
      <div className="button-row">
        {TABLES.map((table) => (
          <button key={table} type="button" className="button" onClick={() => void save(table)}>
            {t(`csvExport.save.${table}`)}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
