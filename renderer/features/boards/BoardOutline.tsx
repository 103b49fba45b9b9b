import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLanguage } from './content-language';
import { actorTypeInfo, relationTypeInfo } from '../../../shared/ecosystem';
import { useBuiltInTypeNames } from '../ecosystem/type-names';
import { currentRound, voteTotals } from '../../store/voting-doc';
import { useAttachment } from './use-attachment';
import { lockedNoteIds, type Board, type BoardOf } from '../../../shared/model';
import { LockIcon } from './LockIcon';

/** The board's content as headings, lists and tables: what a screen reader reads. */
export function BoardOutline({ board }: { board: Board }) {
  switch (board.kind) {
    case 'canvas':
      return <CanvasOutline board={board} />;
    case 'ecosystem':
      return <EcosystemOutline board={board} />;
    case 'journey':
      return <JourneyOutline board={board} />;
  }
}

/** Said at the top of a locked board's outline. */
function BoardLockLine({ locked }: { locked: boolean | undefined }) {
  const { t } = useTranslation();
  return locked ? (
    <p className="lock-note">
      <LockIcon /> {t('locks.outlineBoard')}
    </p>
  ) : null;
}

/** "(locked)" after an item's name: text, so a screen reader says it too. */
function LockedMark({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  return locked ? <span className="outline-locked"> {t('locks.outlineItem')}</span> : null;
}

function Empty() {
  const { t } = useTranslation();
  return <p className="muted">{t('boards.emptyBoard')}</p>;
}

function CanvasOutline({ board }: { board: BoardOf<'canvas'> }) {
  const { t } = useTranslation();
  const cl = useContentLanguage();
  const [byVotes, setByVotes] = useState(false);
  const { sections } = board.content;
  const totals = voteTotals(board.content, currentRound(board.content)?.id);
  const notes = byVotes
    ? [...board.content.notes].sort((a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0))
    : board.content.notes;
  if (sections.length === 0 && notes.length === 0) return <Empty />;
  const locked = lockedNoteIds(board.content);
  return (
    <div className="outline">
      <BoardLockLine locked={board.content.locked} />
      {totals.size > 0 && (
        <label className="checkbox-field">
          <input type="checkbox" checked={byVotes} onChange={(e) => setByVotes(e.target.checked)} />
          {t('canvas.voting.sortByVotes')}
        </label>
      )}
      {[...sections, ...(notes.some((n) => n.sectionId === null) ? [outsideSections(t('canvas.noSection'))] : [])].map(
        (section) => {
          const inSection = notes.filter((n) => n.sectionId === (section.id === OUTSIDE ? null : section.id));
          return (
            <section key={section.id} className="outline-section">
              <h3>
                <span lang={section.id === OUTSIDE ? undefined : cl}>{section.title}</span>
                <LockedMark locked={'locked' in section && section.locked === true} />
              </h3>
              {section.prompt && (
                <p className="muted" lang={cl}>
                  {section.prompt}
                </p>
              )}
              {inSection.length === 0 ? (
                <p className="muted">{t('outline.noNotes')}</p>
              ) : (
                <ul className="note-list">
                  {inSection.map((n) => (
                    <li key={n.id} className={`outline-note note-${n.color}`}>
                      <span lang={n.lang ?? cl}>{n.text}</span>
                      <LockedMark locked={locked.has(n.id)} />
                      {n.photoId && <OutlinePhoto id={n.photoId} />}
                      {totals.has(n.id) && (
                        <span className="outline-votes">
                          {' '}
                          ({t('canvas.voting.total', { count: totals.get(n.id) })})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        },
      )}
    </div>
  );
}

const OUTSIDE = '\u0000outside';
/** A pseudo-section for the notes that lie outside every section, so the outline shows all notes. */
const outsideSections = (title: string) => ({ id: OUTSIDE, title, prompt: '' });

function EcosystemOutline({ board }: { board: BoardOf<'ecosystem'> }) {
  const { t } = useTranslation();
  const cl = useContentLanguage();
  const { rings, actors, relations } = board.content;
  const names = useBuiltInTypeNames();
  if (actors.length === 0) return <Empty />;
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const actorLangs = new Map(actors.map((a) => [a.id, a.lang ?? cl]));
  return (
    <div className="outline">
      <BoardLockLine locked={board.content.locked} />
      {rings.map((ring) => {
        const inRing = actors.filter((a) => a.ringId === ring.id);
        return (
          <section key={ring.id} className="outline-section">
            <h3>
              {t('outline.ring')}: <span lang={cl}>{ring.name}</span>
            </h3>
            <ul>
              {inRing.map((a) => (
                <li key={a.id}>
                  <span lang={a.lang ?? cl}>{a.name}</span>{' '}
                  <span className="muted">({actorTypeInfo(board.content, names, a.type).name})</span>
                  <LockedMark locked={a.locked === true} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {board.content.groups.map((group) => {
        const members = actors.filter((a) => a.groupId === group.id);
        return (
          <section key={group.id} className="outline-section">
            <h3>
              {t('outline.group')}: <span lang={cl}>{group.name}</span>
            </h3>
            {members.length > 0 ? (
              <ul>
                {members.map((a) => (
                  <li key={a.id} lang={a.lang ?? cl}>
                    {a.name}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('outline.noMembers')}</p>
            )}
          </section>
        );
      })}
      {relations.length > 0 && (
        <section className="outline-section">
          <h3>{t('outline.relations')}</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('outline.relationFrom')}</th>
                <th scope="col">{t('outline.relationType')}</th>
                <th scope="col">{t('outline.relationTo')}</th>
                <th scope="col">{t('outline.relationLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {relations.map((r) => (
                <tr key={r.id}>
                  <td lang={actorLangs.get(r.from)}>{actorNames.get(r.from)}</td>
                  <td>
                    {relationTypeInfo(board.content, names, r.type).name} {r.directed ? '→' : '↔'}
                  </td>
                  <td lang={actorLangs.get(r.to)}>{actorNames.get(r.to)}</td>
                  <td lang={r.lang ?? cl}>{r.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function JourneyOutline({ board }: { board: BoardOf<'journey'> }) {
  const { t } = useTranslation();
  const { stages, lanes, notes, scores, touchpoints, persona } = board.content;
  const cl = useContentLanguage();
  if (stages.length === 0) return <Empty />;
  return (
    <div className="outline">
      {persona && <p>{t('outline.persona', { name: persona })}</p>}
      {stages.map((stage, i) => (
        <section key={stage.id} className="outline-section">
          <h3>
            {i + 1}. <span lang={cl}>{stage.title}</span>
          </h3>
          {stage.steps.length > 0 && (
            <ol className="outline-steps" aria-label={t('journey.stepsOf', { title: stage.title })}>
              {stage.steps.map((step, j) => (
                <li key={j} lang={cl}>
                  {step}
                </li>
              ))}
            </ol>
          )}
          <dl className="cell-list">
            {lanes.map((lane) => {
              const cellNotes = notes.filter((n) => n.stageId === stage.id && n.laneId === lane.id);
              const score = scores.find((s) => s.stageId === stage.id && s.laneId === lane.id);
              const touch = touchpoints.find((s) => s.stageId === stage.id && s.laneId === lane.id);
              if (cellNotes.length === 0 && !score && !touch) return null;
              return (
                <div key={lane.id} className="cell-row">
                  <dt lang={cl}>{lane.title}</dt>
                  <dd>
                    {score && t('outline.score', { score: score.score > 0 ? `+${score.score}` : score.score })}
                    {touch && touch.channels.map((c) => t(`outline.channels.${c}`)).join(', ')}
                    {touch?.text && touch.channels.length > 0 && ', '}
                    {touch?.text && <span lang={touch.lang ?? cl}>{touch.text}</span>}
                    {cellNotes.length > 0 && (
                      <ul className="note-list">
                        {cellNotes.map((n) => (
                          <li key={n.id} className={`outline-note note-${n.color}`}>
                            <span lang={n.lang ?? cl}>{n.text}</span>
                            {n.photoId && <OutlinePhoto id={n.photoId} />}
                            {n.votes > 0 && ` (${t('journey.votes', { count: n.votes })})`}
                            {n.tags.length > 0 && ` ${n.tags.map((tag) => `#${tag}`).join(' ')}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}

/** A note's photo in the outline: its description as text, or a note that it has none. */
function OutlinePhoto({ id }: { id: string }) {
  const { t } = useTranslation();
  const photo = useAttachment(id);
  if (!photo) return null;
  return (
    <span className="outline-photo">
      {' '}
      ({photo.row.alt ? `${t('canvas.photo.alt')}: ${photo.row.alt}` : t('canvas.photo.altMissing')})
    </span>
  );
}
