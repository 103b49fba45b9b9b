import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { EcosystemContent } from '../../../shared/model';
import {
  actorCsvFields,
  guessActorColumns,
  guessRelationColumns,
  planCsvImport,
  readCsvTable,
  relationCsvFields,
  type ActorCsvField,
  type CsvFileKind,
  type CsvIssue,
  type RelationCsvField,
} from '../../../shared/ecosystem/csv-import';
import { useServices } from '../../app/context';
import { asOneStep } from '../../store/board-docs';
import { applyCsvImport } from '../../store/ecosystem-import';
import { Dialog } from '../../ui/Dialog';
import { CsvFileSection, type ChosenFile } from './CsvFileSection';

/** More would make a wall of text; the count in the heading still says how many there are. */
const MAX_LISTED = 100;

interface CsvImportDialogProps {
  doc: Y.Doc;
  undo: Y.UndoManager;
  content: EcosystemContent;
  onClose: () => void;
  onImported?: () => void;
}

/**
 * Imports actors (and relations between them) from CSV files: pick the files, check the preview
 * and the columns, read what is wrong with which row, then add everything valid in one step.
 * Nothing touches the map before the import button is pressed.
 */
export function CsvImportDialog({ doc, undo, content, onClose, onImported }: CsvImportDialogProps) {
  const { t } = useTranslation();
  const { platform, notices } = useServices();
  const [actors, setActors] = useState<ChosenFile<ActorCsvField> | null>(null);
  const [relations, setRelations] = useState<ChosenFile<RelationCsvField> | null>(null);
  /** Files refused as a whole (not text, too large...), by kind. */
  const [refused, setRefused] = useState<Partial<Record<CsvFileKind, CsvIssue>>>({});
  const [busy, setBusy] = useState<CsvFileKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problemsId = useId();

  // Planned again whenever a file, a column or the map changes: what is shown is what is written.
  const plan = useMemo(
    () =>
      planCsvImport({
        map: content,
        actors: actors?.table ? { table: actors.table, columns: actors.columns } : null,
        relations: relations?.table ? { table: relations.table, columns: relations.columns } : null,
      }),
    [content, actors, relations],
  );
  const issues = [...(['actors', 'relations'] as const).flatMap((kind) => refused[kind] ?? []), ...plan.issues];
  const skipped = plan.skipped.actors + plan.skipped.relations;
  const total = plan.actors.length + plan.relations.length;

  const choose = async (kind: CsvFileKind) => {
    if (busy) return;
    setBusy(kind);
    setFailure(null);
    try {
      const file = await platform.openFile('csv');
      if (!file) return;
      const read = readCsvTable(kind, file.data);
      setRefused((current) => ({ ...current, [kind]: read.ok ? undefined : read.issue }));
      if (kind === 'actors') {
        setActors(
          read.ok
            ? { name: file.name, table: read.table, columns: guessActorColumns(read.table.headers) }
            : { name: file.name, table: null },
        );
      } else {
        setRelations(
          read.ok
            ? { name: file.name, table: read.table, columns: guessRelationColumns(read.table.headers) }
            : { name: file.name, table: null },
        );
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const issue: CsvIssue = { file: kind, line: null, column: null, key: 'unreadable', params: { reason } };
      setRefused((current) => ({ ...current, [kind]: issue }));
    } finally {
      setBusy(null);
    }
  };

  const remove = (kind: CsvFileKind) => {
    setRefused((current) => ({ ...current, [kind]: undefined }));
    if (kind === 'actors') setActors(null);
    else setRelations(null);
  };

  const confirm = () => {
    if (total === 0) return;
    try {
      // Closes whatever step was open, so Undo takes back exactly this import.
      undo.stopCapturing();
      asOneStep(undo, () => applyCsvImport(doc, plan));
    } catch (error) {
      setFailure(t('csvImport.failed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    notices.show({
      tone: 'info',
      message: t('csvImport.done', { actors: actorCount(t, plan.actors.length), count: plan.relations.length }),
    });
    onImported?.();
    onClose();
  };

  const hasFile = actors !== null || relations !== null;
  const status = hasFile
    ? [
        t('csvImport.ready', { actors: actorCount(t, plan.actors.length), count: plan.relations.length }),
        skipped > 0 ? t('csvImport.skippedRows', { count: skipped }) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : t('csvImport.nothing');

  return (
    <Dialog
      title={t('csvImport.title')}
      wide
      onClose={onClose}
      onSubmit={confirm}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={total === 0}>
            {t('csvImport.importButton', { actors: actorCount(t, plan.actors.length), count: plan.relations.length })}
          </button>
        </>
      }
    >
      <p>{t('csvImport.intro')}</p>
      <p className="field-help">{t('csvImport.formatHelp')}</p>
      <CsvFileSection
        heading={t('csvImport.fileNames.actors')}
        chooseLabel={t('csvImport.chooseActors')}
        fields={actorCsvFields}
        fieldLabel={(field) => t(`csvImport.actorFields.${field}`)}
        file={actors}
        busy={busy === 'actors'}
        onChoose={() => void choose('actors')}
        onRemove={() => remove('actors')}
        onColumns={(columns) => setActors((current) => (current?.table ? { ...current, columns } : current))}
      />
      <CsvFileSection
        heading={t('csvImport.relationsOptional')}
        chooseLabel={t('csvImport.chooseRelations')}
        fields={relationCsvFields}
        fieldLabel={(field) => t(`csvImport.relationFields.${field}`)}
        file={relations}
        busy={busy === 'relations'}
        onChoose={() => void choose('relations')}
        onRemove={() => remove('relations')}
        onColumns={(columns) => setRelations((current) => (current?.table ? { ...current, columns } : current))}
      />
      {issues.length > 0 && (
        <section aria-labelledby={problemsId}>
          <h3 id={problemsId}>{t('csvImport.problemsHeading', { count: issues.length })}</h3>
          <ul className="csv-issues">
            {issues.slice(0, MAX_LISTED).map((issue, index) => (
              <li key={index}>{describeIssue(issue, t)}</li>
            ))}
          </ul>
          {issues.length > MAX_LISTED && <p>{t('csvImport.moreProblems', { count: issues.length - MAX_LISTED })}</p>}
        </section>
      )}
      <p role="status" className="csv-status">
        {status}
      </p>
      {failure && (
        <p role="alert" className="csv-failure">
          {failure}
        </p>
      )}
    </Dialog>
  );
}

const actorCount = (t: TFunction, count: number) => t('csvImport.actorCount', { count });

/** "Actors file, line 47, column “Tyyppi”: Unknown actor type “Kuntayhtymä”." */
export function describeIssue(issue: CsvIssue, t: TFunction): string {
  const file = t(`csvImport.fileNames.${issue.file}`);
  const message = t(`csvImport.errors.${issue.key}`, issue.params);
  if (issue.line === null) return t('csvImport.issueFile', { file, message });
  if (issue.column === null) return t('csvImport.issueLine', { file, line: issue.line, message });
  return t('csvImport.issueCell', { file, line: issue.line, column: issue.column, message });
}
