// The sample project's first workshop: its agenda in Finnish, as run, with what it decided. Fixed
// data (no randomness), so the sample file stays byte-identical between builds. Blocks start from
// the method library (shared/facilitation/methods.ts) and are adapted as a facilitator would.
import { blockFromMethod, breakBlock, findMethod } from '../facilitation';
import type { AgendaBlock, WorkshopSession } from '../model';

/** A library method as a block of this agenda, with the facilitator's own title and details. */
function fromLibrary(id: string, methodId: string, details: Partial<AgendaBlock>): AgendaBlock {
  const method = findMethod(methodId);
  if (!method) throw new Error(`sample agenda names an unknown method "${methodId}"`);
  return { ...blockFromMethod(id, method, 'fi'), ...details };
}

/** The run ended each block at these minutes after 13:00 Finnish time (11:00 UTC in February). */
const endedAt = (minutesAfterStart: number) => new Date(Date.UTC(2026, 1, 17, 11, minutesAfterStart)).toISOString();

export const SAMPLE_SESSION: WorkshopSession = {
  id: 'session-1',
  title: 'Työpaja 1: Lupapolku hakijan silmin',
  date: '2026-02-17',
  place: 'Kaislaniemen kunnantalo, valtuustosali',
  startTime: '13:00',
  blocks: [
    fromLibrary('block-1', 'check-in', {
      title: 'Tervetuloa ja alkukierros',
      minutes: 15,
      lead: 'Riikka Aaltonen',
      materials: 'Nimilaput, tussit, hankkeen tavoite tulostettuna seinälle.',
      actual: { seconds: 18 * 60, endedAt: endedAt(18) },
    }),
    fromLibrary('block-2', 'journey-walk-through', {
      title: 'Rakentamisluvan polku hakijan silmin',
      minutes: 45,
      boardId: 'board-customer-journey',
      lead: 'Oskari Nieminen',
      purpose:
        'Käydään autotallin rakentamisluvan hakeminen läpi Pekan kokemuksen pohjalta ja löydetään kohdat, joissa hakija jää yksin.',
      materials: 'Palvelupolku projektorilla, tulostettu polku A3-kokoisena pöydille, keltaiset ja punaiset laput.',
      actual: { seconds: 52 * 60, endedAt: endedAt(70) },
    }),
    { ...breakBlock('block-3', 'Kahvitauko', 15), actual: { seconds: 15 * 60, endedAt: endedAt(85) } },
    fromLibrary('block-4', 'stakeholder-mapping', {
      title: 'Kuka lupapolulla auttaa?',
      minutes: 30,
      boardId: 'board-ecosystem',
      lead: 'Riikka Aaltonen',
      purpose: 'Täydennetään ekosysteemikarttaa: keneltä hakija saa apua ennen hakemusta, sen aikana ja luvan jälkeen.',
      actual: { seconds: 27 * 60, endedAt: endedAt(112) },
    }),
    fromLibrary('block-5', 'how-might-we', {
      title: 'Miten voisimme -kysymykset',
      minutes: 25,
      boardId: 'board-how-might-we',
      lead: 'Oskari Nieminen',
      actual: { seconds: 24 * 60, endedAt: endedAt(136) },
    }),
    fromLibrary('block-6', 'dot-voting', {
      title: 'Mitä kokeillaan ensin?',
      minutes: 10,
      boardId: 'board-how-might-we',
      actual: { seconds: 9 * 60, endedAt: endedAt(145) },
    }),
    fromLibrary('block-7', 'wrap-up', {
      title: 'Yhteenveto ja seuraavat askeleet',
      minutes: 10,
      lead: 'Riikka Aaltonen',
      actual: { seconds: 12 * 60, endedAt: endedAt(157) },
    }),
  ],
  decisions: [
    {
      id: 'decision-1',
      blockId: 'block-6',
      text: 'Ensimmäiseksi kokeiluksi valitaan lupatarpeen selvittäminen verkossa kolmella kysymyksellä ennen hakemusta.',
    },
    {
      id: 'decision-2',
      blockId: 'block-7',
      text: 'Toinen työpaja pidetään Strandbyn kylätalolla, ja se järjestetään kaksikielisenä.',
    },
  ],
  actionItems: [
    {
      id: 'action-1',
      blockId: 'block-6',
      what: 'Luonnos lupatarpeen kysymyksistä ja vastausten perusteluista',
      who: 'Marjatta Lehtonen',
      due: '2026-03-06',
    },
    {
      id: 'action-2',
      blockId: 'block-2',
      what: 'Liitteiden tarkistuslista selkokielellä, myös ruotsiksi',
      who: 'Sanna Virtanen ja Ulla Björkqvist',
      due: '2026-03-13',
    },
    {
      id: 'action-3',
      blockId: 'block-4',
      what: 'Kirjaston digituen ajanvaraus lupahakemuksen tekoon: kokeilun aikataulu',
      who: 'Leena Koivisto',
      due: '2026-03-20',
    },
  ],
  parkedQuestions: [
    {
      id: 'parked-1',
      blockId: 'block-2',
      text: 'Voiko käsittelyn tilan näyttää hakijalle suoraan lupajärjestelmästä, vai tarvitaanko integraatio?',
    },
    {
      id: 'parked-2',
      blockId: 'block-4',
      text: 'Kuka vastaa naapurien kuulemisesta, kun hakija ei tavoita kaikkia naapureita?',
    },
  ],
};
