import type { TFunction } from 'i18next';
import {
  DEFAULT_RING_WIDTH,
  defaultRings,
  emptyCanvas,
  type BoardContent,
  type BoardKind,
} from '../../../shared/model';

/** What a new, empty board of each kind holds; the board issues replace these with template pickers. */
export function newBoardContents(t: TFunction): { [K in BoardKind]: BoardContent<K> } {
  return {
    canvas: emptyCanvas(),
    ecosystem: {
      rings: defaultRings([
        t('boards.defaultRings.core'),
        t('boards.defaultRings.direct'),
        t('boards.defaultRings.indirect'),
      ]),
      view: 'rings',
      ringWidth: DEFAULT_RING_WIDTH,
      groups: [],
      customActorTypes: [],
      customRelationTypes: [],
      actors: [],
      relations: [],
    },
    journey: {
      preset: 'blank',
      persona: '',
      personaRef: null,
      state: 'as-is',
      basedOn: null,
      stages: [],
      lanes: [],
      notes: [],
      scores: [],
      touchpoints: [],
    },
  };
}
