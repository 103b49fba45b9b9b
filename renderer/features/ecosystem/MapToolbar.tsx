import { useTranslation } from 'react-i18next';
import type { EcosystemContent } from '../../../shared/model';
import type { OpenBoard } from '../boards/use-board-doc';
import { CsvImportButton } from './CsvImportButton';
import { MapExportButtons } from './MapExportButtons';
import { BoardLockButton } from '../boards/BoardLock';

/** The map editor's toolbar: add, relate, arrange, import, export, undo, fit. */
export function MapToolbar(props: {
  board: OpenBoard;
  content: EcosystemContent;
  canConnect: boolean;
  /** A locked map: what would change it is disabled; export, undo and fit stay. */
  boardLocked: boolean;
  arranging: AbortController | null;
  onAddActor: () => void;
  onConnect: () => void;
  onArrangeByRing: () => void;
  onArrangeAsFlow: () => void;
  onFit: () => void;
}) {
  const { t } = useTranslation();
  const { board, content, arranging } = props;
  const { doc, undo } = board;
  const empty = content.actors.length === 0;
  const locked = props.boardLocked;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('ecosystem.toolbar')}>
      <button type="button" className="button button-primary" disabled={locked} onClick={props.onAddActor}>
        {t('ecosystem.addActor')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!props.canConnect || locked}
        aria-keyshortcuts="R"
        onClick={props.onConnect}
      >
        {t('ecosystem.connect')}
      </button>
      <button type="button" className="button" disabled={empty || locked} onClick={props.onArrangeByRing}>
        {t('ecosystem.layoutRings')}
      </button>
      {!locked && <CsvImportButton doc={doc} undo={undo} content={content} />}
      {arranging ? (
        <>
          <span role="status" className="muted">
            {t('ecosystem.flowRunning')}
          </span>
          <button type="button" className="button" onClick={() => arranging.abort()}>
            {t('dialog.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button" disabled={empty || locked} onClick={props.onArrangeAsFlow}>
          {t('ecosystem.layoutFlow')}
        </button>
      )}
      <MapExportButtons title={board.row.title} content={content} altText={board.row.altText} />
      <BoardLockButton doc={doc} undo={undo} locked={locked} />
      <button type="button" className="button" onClick={() => undo.undo()}>
        {t('canvas.undo')}
      </button>
      <button type="button" className="button" onClick={() => undo.redo()}>
        {t('canvas.redo')}
      </button>
      <button type="button" className="button" onClick={props.onFit}>
        {t('canvas.fitView')}
      </button>
      <span className="muted editor-help">{t('ecosystem.help')}</span>
    </div>
  );
}
