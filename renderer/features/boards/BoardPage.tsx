import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/model';
import { useServices } from '../../app/context';
import { hrefFor } from '../../app/router';
import { readBoard } from '../../store/snapshot-io';
import { BoardOutline } from './BoardOutline';
import { ContentLanguage } from './content-language';
import { CanvasBoardView } from '../canvas/CanvasBoardView';
import { EcosystemBoardView } from '../ecosystem/EcosystemBoardView';
import { JourneyBoardView } from '../journey/JourneyBoardView';
import type { BoardRow, ProjectRow } from '../../store/db';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'editor'; row: BoardRow; project: ProjectRow }
  | { state: 'ready'; board: Board; project: ProjectRow }
  | { state: 'damaged'; message: string };

/**
 * A board's page: the editor of its kind, or, for kinds whose editor has not arrived yet, the
 * board's content read-only as an outline (the outline every editor keeps beside its canvas).
 */
export function BoardPage({ projectId, boardId }: { projectId: string; boardId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const [row, project] = await Promise.all([db.boards.get(boardId), db.projects.get(projectId)]);
      if (!row || row.deletedAt || !project || project.deletedAt || row.projectId !== projectId) {
        if (live) setLoaded({ state: 'missing' });
        return;
      }
      // Kinds with an editor load their document themselves, and keep it loaded while open.
      if (row.kind === 'canvas' || row.kind === 'ecosystem' || row.kind === 'journey') {
        if (live) setLoaded({ state: 'editor', row, project });
        return;
      }
      try {
        const board = await readBoard(row);
        if (live) setLoaded({ state: 'ready', board, project });
      } catch (error) {
        if (live) setLoaded({ state: 'damaged', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [db, projectId, boardId]);

  const back = hrefFor({ name: 'project', projectId });
  if (loaded.state === 'loading')
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );
  if (loaded.state === 'editor') {
    const { row, project } = loaded;
    return (
      <main id="main" className="page page-wide">
        <nav aria-label="breadcrumb" className="breadcrumb">
          <a href={back}>← {t('boards.backToProject', { title: project.title || t('projects.untitled') })}</a>
        </nav>
        <ContentLanguage.Provider value={project.language}>
          {row.kind === 'canvas' ? (
            <CanvasBoardView boardId={row.id} participants={project.participants} />
          ) : row.kind === 'ecosystem' ? (
            <EcosystemBoardView boardId={row.id} />
          ) : (
            <JourneyBoardView boardId={row.id} participants={project.participants} />
          )}
        </ContentLanguage.Provider>
      </main>
    );
  }
  if (loaded.state !== 'ready') {
    return (
      <main id="main" className="page">
        <p role={loaded.state === 'damaged' ? 'alert' : undefined}>{t('boards.notFound')}</p>
        {loaded.state === 'damaged' && <p className="muted">{loaded.message}</p>}
        <a href={back}>← {t('overview.back')}</a>
      </main>
    );
  }
  const { board, project } = loaded;
  const projectTitle = project.title || t('projects.untitled');
  return (
    <main id="main" className="page">
      <nav aria-label="breadcrumb" className="breadcrumb">
        <a href={back}>← {t('boards.backToProject', { title: projectTitle })}</a>
      </nav>
      <p className="eyebrow">{t(`boards.kind.${board.kind}`)}</p>
      <h1>{board.title || t(`boards.untitled.${board.kind}`)}</h1>
      <p className="callout">{t('boards.editorComing')}</p>
      <section className="panel" aria-labelledby="outline-heading">
        <h2 id="outline-heading">{t('boards.outline')}</h2>
        <ContentLanguage.Provider value={project.language}>
          <BoardOutline board={board} />
        </ContentLanguage.Provider>
      </section>
    </main>
  );
}
