import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyContent } from '../../../shared/model';
import { useServices } from '../../app/context';
import { hrefFor } from '../../app/router';
import { asOneStep } from '../../store/board-docs';
import { setPersona, setPersonaLink } from '../../store/journey-doc';
import { listPersonaCandidates, type PersonaCandidates } from '../../store/persona-candidates';
import type { OpenBoard } from '../boards/use-board-doc';
import { LiveTextField } from '../boards/LiveTextField';

const SEPARATOR = '|';
const refValue = (ref: JourneyContent['personaRef']) =>
  ref ? (ref.actorId === null ? ref.boardId : `${ref.boardId}${SEPARATOR}${ref.actorId}`) : '';

/**
 * The journey's persona: a name typed freely, and optionally a link to a persona canvas or an
 * ecosystem actor of the project (picking one also fills in the name). A link to a board that is
 * gone still shows the name, just without the link.
 */
export function PersonaField({ board, content }: { board: OpenBoard; content: JourneyContent }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { doc, undo, row } = board;
  const [candidates, setCandidates] = useState<PersonaCandidates | null>(null);

  useEffect(() => {
    let live = true;
    listPersonaCandidates(db, row.projectId).then(
      (found) => live && setCandidates(found),
      // A board that cannot be read offers nothing to link to; the name field still works.
      () => live && setCandidates({ personas: [], maps: [] }),
    );
    return () => {
      live = false;
    };
  }, [db, row.projectId]);

  const ref = content.personaRef;
  const linkedBoard = ref && candidates ? findBoardTitle(candidates, ref.boardId) : null;
  const choose = (value: string) => {
    if (!value) return asOneStep(undo, () => setPersonaLink(doc, null));
    const [boardId, actorId = null] = value.split(SEPARATOR);
    const name = nameOf(candidates, boardId, actorId);
    asOneStep(undo, () => setPersonaLink(doc, { boardId, actorId }, name ?? undefined));
  };

  return (
    // A locked journey's persona stays as it is, like the rest of the board.
    <fieldset className="journey-persona" disabled={content.locked === true}>
      <LiveTextField
        label={t('journey.persona')}
        maxLength={500}
        value={content.persona}
        undo={undo}
        onChange={(persona) => setPersona(doc, persona)}
      />
      <label className="field">
        <span className="field-label">{t('journey.panel.personaLink')}</span>
        <select
          className="select"
          value={refValue(ref)}
          aria-busy={candidates === null}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">{t('journey.panel.notLinked')}</option>
          {ref && !linkedBoard && (
            // Still loading, or the board is gone: keep the current choice visible.
            <option value={refValue(ref)}>{content.persona || refValue(ref)}</option>
          )}
          {candidates && candidates.personas.length > 0 && (
            <optgroup label={t('journey.panel.personaCanvases')}>
              {candidates.personas.map((p) => (
                <option key={p.boardId} value={p.boardId}>
                  {p.name || t('boards.untitled.canvas')}
                </option>
              ))}
            </optgroup>
          )}
          {candidates?.maps.map((map) => (
            <optgroup key={map.boardId} label={t('journey.panel.actorsOf', { map: map.title })}>
              {map.actors.map((a) => (
                <option key={a.id} value={`${map.boardId}${SEPARATOR}${a.id}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {ref && linkedBoard !== null && (
        <p className="journey-persona-link">
          {t('journey.panel.linkedTo')}{' '}
          <a href={hrefFor({ name: 'board', projectId: row.projectId, boardId: ref.boardId })}>{linkedBoard}</a>
        </p>
      )}
    </fieldset>
  );
}

function findBoardTitle(candidates: PersonaCandidates, boardId: string): string | null {
  const persona = candidates.personas.find((p) => p.boardId === boardId);
  if (persona) return persona.name;
  return candidates.maps.find((m) => m.boardId === boardId)?.title ?? null;
}

function nameOf(candidates: PersonaCandidates | null, boardId: string, actorId: string | null): string | null {
  if (!candidates) return null;
  if (actorId === null) return candidates.personas.find((p) => p.boardId === boardId)?.name ?? null;
  const map = candidates.maps.find((m) => m.boardId === boardId);
  return map?.actors.find((a) => a.id === actorId)?.name ?? null;
}
