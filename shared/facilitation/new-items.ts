import type { Language } from '../i18n/languages';
import type { AgendaBlock, WorkshopSession } from '../model';
import type { WorkshopMethod } from './methods';

export function newSession(id: string, title: string): WorkshopSession {
  return {
    id,
    title,
    date: '',
    place: '',
    startTime: '',
    blocks: [],
    decisions: [],
    actionItems: [],
    parkedQuestions: [],
  };
}

export function blankBlock(id: string, title: string, minutes = 15): AgendaBlock {
  return {
    id,
    kind: 'block',
    title,
    minutes,
    method: '',
    methodId: null,
    boardId: null,
    purpose: '',
    instructions: '',
    materials: '',
    lead: '',
    actual: null,
  };
}

export function breakBlock(id: string, title: string, minutes = 15): AgendaBlock {
  return { ...blankBlock(id, title, minutes), kind: 'break' };
}

/** A block from the method library, its texts copied in the given language so the facilitator can adapt them. */
export function blockFromMethod(id: string, method: WorkshopMethod, language: Language): AgendaBlock {
  return {
    ...blankBlock(id, method.title[language], method.minutes),
    method: method.title[language],
    methodId: method.id,
    purpose: method.purpose[language],
    instructions: method.instructions[language],
  };
}
