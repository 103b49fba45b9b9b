// The report's own fixed words in English, Finnish and Swedish. Type, channel and lane names come
// from the app's catalogues (shared/i18n), so the report calls things what the editor calls them.
import type { Language } from '../i18n/languages';

export interface MapAltFacts {
  actors: number;
  relations: number;
  /** Ring names with their actor counts, innermost first; empty for a map drawn as a flow. */
  rings: { name: string; actors: number }[];
  /** The innermost ring's name and its actors' names (at most a few). */
  core: { ring: string; names: string[]; more: number } | null;
}

export interface CanvasAltFacts {
  sections: { title: string; notes: number }[];
  notes: number;
}

export interface JourneyAltFacts {
  persona: string;
  stages: string[];
  lanes: number;
  notes: number;
  /** Lowest and highest emotion score, or null when no stage is scored. */
  emotion: { low: number; high: number } | null;
}

export interface ReportLabels {
  sessions: {
    agendaHeading: string;
    outcomesHeading: string;
    date: string;
    start: string;
    place: string;
    columns: { time: string; block: string; method: string; planned: string; actual: string };
    breakLabel: string;
    minutes: (n: number) => string;
    totals: (planned: string) => string;
    totalsRun: (planned: string, actual: string) => string;
    noBlocks: string;
    decisions: string;
    actionItems: string;
    parkedQuestions: string;
    actionColumns: { what: string; who: string; due: string };
    inBlock: (block: string) => string;
  };
  report: string;
  contents: string;
  summary: string;
  goal: string;
  organisation: string;
  period: string;
  reportDate: string;
  facilitators: string;
  participants: string;
  participantColumns: { name: string; organisation: string; role: string };
  noParticipants: string;
  noGoal: string;
  licence: string;
  madeWith: string;
  boardsInReport: (count: number) => string;
  pageOf: (page: number, pages: number) => string;
  figure: (n: number) => string;
  figurePart: (part: number, parts: number) => string;
  figureOverview: (parts: number) => string;
  /** Month names, January first, for dates in running text. */
  months: readonly string[];
  // Ecosystem maps
  actors: string;
  relations: string;
  actorColumns: { name: string; type: string; ring: string; organisation: string };
  relationColumns: { from: string; type: string; to: string; label: string };
  twoWay: string;
  informal: string;
  noActors: string;
  noRelations: string;
  mapAlt: (facts: MapAltFacts) => string;
  // Canvases
  notesBySection: string;
  outsideSections: string;
  noNotes: string;
  votes: (count: number) => string;
  tags: string;
  author: string;
  photo: string;
  canvasAlt: (facts: CanvasAltFacts) => string;
  // Journeys
  stageByStage: string;
  stage: (n: number) => string;
  steps: string;
  lanesFromTop: string;
  laneColumns: { lane: string; content: string };
  emotionScores: Record<'-2' | '-1' | '0' | '1' | '2', string>;
  journeyState: { 'as-is': string; 'to-be': string };
  persona: string;
  noContent: string;
  journeyAlt: (facts: JourneyAltFacts) => string;
}

/** "A, B and C" in the language's own way. */
const joinList = (items: readonly string[], and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const en: ReportLabels = {
  sessions: {
    agendaHeading: 'Workshop agenda',
    outcomesHeading: 'Decisions and next steps',
    date: 'Date',
    start: 'Starts at',
    place: 'Place',
    columns: { time: 'Time', block: 'Block', method: 'Method', planned: 'Planned', actual: 'Took' },
    breakLabel: 'Break',
    minutes: (n) => `${n} min`,
    totals: (planned) => `Planned in total ${planned}.`,
    totalsRun: (planned, actual) => `Planned in total ${planned}; the blocks that were run took ${actual}.`,
    noBlocks: 'No agenda yet.',
    decisions: 'Decisions',
    actionItems: 'Action items',
    parkedQuestions: 'Parked questions',
    actionColumns: { what: 'What', who: 'Who', due: 'By when' },
    inBlock: (block) => `In “${block}”`,
  },
  report: 'Workshop report',
  contents: 'Contents',
  summary: 'Summary',
  goal: 'Goal and problem statement',
  organisation: 'Organisation',
  period: 'Project period',
  reportDate: 'Report date',
  facilitators: 'Facilitators',
  participants: 'Participants',
  participantColumns: { name: 'Name', organisation: 'Organisation', role: 'Role' },
  noParticipants: 'No participants were recorded.',
  noGoal: 'No goal was recorded.',
  licence: 'Licence',
  madeWith: 'Made with Kartta',
  boardsInReport: (n) => (n === 1 ? 'This report presents one board.' : `This report presents ${n} boards.`),
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  figure: (n) => `Figure ${n}.`,
  figurePart: (part, parts) => `Part ${part} of ${parts}`,
  figureOverview: (parts) => `Overview. The diagram continues enlarged in ${parts} parts on the following pages.`,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  actors: 'Actors',
  relations: 'Relations',
  actorColumns: { name: 'Name', type: 'Type', ring: 'Ring', organisation: 'Organisation' },
  relationColumns: { from: 'From', type: 'Type', to: 'To', label: 'Label' },
  twoWay: 'two-way',
  informal: 'informal',
  noActors: 'The map has no actors.',
  noRelations: 'The map has no relations.',
  mapAlt: ({ actors, relations, rings, core }) => {
    const a = actors === 1 ? '1 actor' : `${actors} actors`;
    const r = relations === 1 ? '1 relation' : `${relations} relations`;
    const where =
      rings.length > 0
        ? ` in ${rings.length === 1 ? 'one ring' : `${rings.length} rings`} (${rings.map((x) => `${x.name} ${x.actors}`).join(', ')})`
        : '';
    const centre = core && core.names.length > 0 ? ` ${core.ring}: ${listWithMore(core, 'and', 'others')}.` : '';
    return `Ecosystem map: ${a}${where} and ${r}.${centre}`;
  },
  notesBySection: 'Notes by section',
  outsideSections: 'Outside sections',
  noNotes: 'No notes.',
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  tags: 'Tags',
  author: 'Author',
  photo: 'Photo',
  canvasAlt: ({ sections, notes }) =>
    `Canvas with ${sections.length === 1 ? 'one section' : `${sections.length} sections`} and ${notes === 1 ? 'one note' : `${notes} notes`}: ` +
    `${sections.map((s) => `${s.title} (${s.notes})`).join('; ')}.`,
  stageByStage: 'Stage by stage',
  stage: (n) => `Stage ${n}`,
  steps: 'Steps',
  lanesFromTop: 'Lanes from top to bottom',
  laneColumns: { lane: 'Lane', content: 'Content' },
  emotionScores: { '-2': 'very bad', '-1': 'bad', '0': 'neutral', '1': 'good', '2': 'very good' },
  journeyState: { 'as-is': 'Current state (as-is)', 'to-be': 'Future state (to-be)' },
  persona: 'Persona',
  noContent: 'Nothing recorded.',
  journeyAlt: ({ persona, stages, lanes, notes, emotion }) =>
    `Journey${persona ? ` of ${persona}` : ''}: ${stages.length} stages (${stages.join(' → ')}), ` +
    `${lanes} lanes and ${notes === 1 ? 'one note' : `${notes} notes`}.` +
    (emotion ? ` Emotion ranges from ${signed(emotion.low)} to ${signed(emotion.high)}.` : ''),
};

const fi: ReportLabels = {
  sessions: {
    agendaHeading: 'Työpajan ohjelma',
    outcomesHeading: 'Päätökset ja jatkotoimet',
    date: 'Päivämäärä',
    start: 'Alkaa',
    place: 'Paikka',
    columns: { time: 'Aika', block: 'Osio', method: 'Menetelmä', planned: 'Suunniteltu', actual: 'Toteutunut' },
    breakLabel: 'Tauko',
    minutes: (n) => `${n} min`,
    totals: (planned) => `Suunniteltu yhteensä ${planned}.`,
    totalsRun: (planned, actual) => `Suunniteltu yhteensä ${planned}; toteutuneet osiot kestivät ${actual}.`,
    noBlocks: 'Ohjelmaa ei ole vielä laadittu.',
    decisions: 'Päätökset',
    actionItems: 'Jatkotoimet',
    parkedQuestions: 'Parkkeeratut kysymykset',
    actionColumns: { what: 'Mitä', who: 'Kuka', due: 'Mihin mennessä' },
    inBlock: (block) => `Osiossa ”${block}”`,
  },
  report: 'Työpajaraportti',
  contents: 'Sisällys',
  summary: 'Yhteenveto',
  goal: 'Tavoite ja ongelmanasettelu',
  organisation: 'Organisaatio',
  period: 'Hankkeen kesto',
  reportDate: 'Raportin päiväys',
  facilitators: 'Fasilitaattorit',
  participants: 'Osallistujat',
  participantColumns: { name: 'Nimi', organisation: 'Organisaatio', role: 'Rooli' },
  noParticipants: 'Osallistujia ei ole kirjattu.',
  noGoal: 'Tavoitetta ei ole kirjattu.',
  licence: 'Lisenssi',
  madeWith: 'Tehty Kartalla',
  boardsInReport: (n) => (n === 1 ? 'Raportissa esitellään yksi taulu.' : `Raportissa esitellään ${n} taulua.`),
  pageOf: (page, pages) => `Sivu ${page}/${pages}`,
  figure: (n) => `Kuva ${n}.`,
  figurePart: (part, parts) => `Osa ${part}/${parts}`,
  figureOverview: (parts) => `Yleiskuva. Kaavio jatkuu suurennettuna ${parts} osana seuraavilla sivuilla.`,
  months: [
    'tammikuuta',
    'helmikuuta',
    'maaliskuuta',
    'huhtikuuta',
    'toukokuuta',
    'kesäkuuta',
    'heinäkuuta',
    'elokuuta',
    'syyskuuta',
    'lokakuuta',
    'marraskuuta',
    'joulukuuta',
  ],
  actors: 'Toimijat',
  relations: 'Suhteet',
  actorColumns: { name: 'Nimi', type: 'Tyyppi', ring: 'Kehä', organisation: 'Organisaatio' },
  relationColumns: { from: 'Mistä', type: 'Tyyppi', to: 'Mihin', label: 'Kuvaus' },
  twoWay: 'kaksisuuntainen',
  informal: 'epävirallinen',
  noActors: 'Kartalla ei ole toimijoita.',
  noRelations: 'Kartalla ei ole suhteita.',
  mapAlt: ({ actors, relations, rings, core }) => {
    const a = actors === 1 ? '1 toimija' : `${actors} toimijaa`;
    const r = relations === 1 ? '1 suhde' : `${relations} suhdetta`;
    const where =
      rings.length > 0
        ? ` ${rings.length === 1 ? 'yhdellä kehällä' : `${rings.length} kehällä`} (${rings.map((x) => `${x.name} ${x.actors}`).join(', ')})`
        : '';
    const centre = core && core.names.length > 0 ? ` ${core.ring}: ${listWithMore(core, 'ja', 'muuta')}.` : '';
    return `Ekosysteemikartta: ${a}${where} ja ${r}.${centre}`;
  },
  notesBySection: 'Laput osioittain',
  outsideSections: 'Osioiden ulkopuolella',
  noNotes: 'Ei lappuja.',
  votes: (n) => (n === 1 ? '1 ääni' : `${n} ääntä`),
  tags: 'Tunnisteet',
  author: 'Kirjoittaja',
  photo: 'Valokuva',
  canvasAlt: ({ sections, notes }) =>
    `Kanvaasi, jossa on ${sections.length === 1 ? 'yksi osio' : `${sections.length} osiota`} ja ${notes === 1 ? 'yksi lappu' : `${notes} lappua`}: ` +
    `${sections.map((s) => `${s.title} (${s.notes})`).join('; ')}.`,
  stageByStage: 'Vaihe vaiheelta',
  stage: (n) => `Vaihe ${n}`,
  steps: 'Askeleet',
  lanesFromTop: 'Kaistat ylhäältä alas',
  laneColumns: { lane: 'Kaista', content: 'Sisältö' },
  emotionScores: { '-2': 'erittäin huono', '-1': 'huono', '0': 'neutraali', '1': 'hyvä', '2': 'erittäin hyvä' },
  journeyState: { 'as-is': 'Nykytila', 'to-be': 'Tavoitetila' },
  persona: 'Persoona',
  noContent: 'Ei kirjauksia.',
  journeyAlt: ({ persona, stages, lanes, notes, emotion }) =>
    `Palvelupolku${persona ? ` (${persona})` : ''}: ${stages.length} vaihetta (${stages.join(' → ')}), ` +
    `${lanes} kaistaa ja ${notes === 1 ? 'yksi lappu' : `${notes} lappua`}.` +
    (emotion ? ` Tunnearviot vaihtelevat välillä ${signed(emotion.low)}…${signed(emotion.high)}.` : ''),
};

const sv: ReportLabels = {
  sessions: {
    agendaHeading: 'Workshopens program',
    outcomesHeading: 'Beslut och fortsatta åtgärder',
    date: 'Datum',
    start: 'Börjar',
    place: 'Plats',
    columns: { time: 'Tid', block: 'Pass', method: 'Metod', planned: 'Planerat', actual: 'Tog' },
    breakLabel: 'Paus',
    minutes: (n) => `${n} min`,
    totals: (planned) => `Planerat sammanlagt ${planned}.`,
    totalsRun: (planned, actual) => `Planerat sammanlagt ${planned}; passen som hölls tog ${actual}.`,
    noBlocks: 'Inget program ännu.',
    decisions: 'Beslut',
    actionItems: 'Åtgärder',
    parkedQuestions: 'Parkerade frågor',
    actionColumns: { what: 'Vad', who: 'Vem', due: 'När' },
    inBlock: (block) => `I ”${block}”`,
  },
  report: 'Workshoprapport',
  contents: 'Innehåll',
  summary: 'Sammanfattning',
  goal: 'Mål och problemformulering',
  organisation: 'Organisation',
  period: 'Projektperiod',
  reportDate: 'Rapportens datum',
  facilitators: 'Facilitatorer',
  participants: 'Deltagare',
  participantColumns: { name: 'Namn', organisation: 'Organisation', role: 'Roll' },
  noParticipants: 'Inga deltagare har registrerats.',
  noGoal: 'Inget mål har registrerats.',
  licence: 'Licens',
  madeWith: 'Gjord med Kartta',
  boardsInReport: (n) => (n === 1 ? 'Rapporten presenterar en tavla.' : `Rapporten presenterar ${n} tavlor.`),
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  figure: (n) => `Figur ${n}.`,
  figurePart: (part, parts) => `Del ${part} av ${parts}`,
  figureOverview: (parts) => `Översikt. Diagrammet fortsätter förstorat i ${parts} delar på följande sidor.`,
  months: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  actors: 'Aktörer',
  relations: 'Relationer',
  actorColumns: { name: 'Namn', type: 'Typ', ring: 'Ring', organisation: 'Organisation' },
  relationColumns: { from: 'Från', type: 'Typ', to: 'Till', label: 'Beskrivning' },
  twoWay: 'dubbelriktad',
  informal: 'informell',
  noActors: 'Kartan har inga aktörer.',
  noRelations: 'Kartan har inga relationer.',
  mapAlt: ({ actors, relations, rings, core }) => {
    const a = actors === 1 ? '1 aktör' : `${actors} aktörer`;
    const r = relations === 1 ? '1 relation' : `${relations} relationer`;
    const where =
      rings.length > 0
        ? ` i ${rings.length === 1 ? 'en ring' : `${rings.length} ringar`} (${rings.map((x) => `${x.name} ${x.actors}`).join(', ')})`
        : '';
    const centre = core && core.names.length > 0 ? ` ${core.ring}: ${listWithMore(core, 'och', 'andra')}.` : '';
    return `Ekosystemkarta: ${a}${where} och ${r}.${centre}`;
  },
  notesBySection: 'Lappar per sektion',
  outsideSections: 'Utanför sektionerna',
  noNotes: 'Inga lappar.',
  votes: (n) => (n === 1 ? '1 röst' : `${n} röster`),
  tags: 'Taggar',
  author: 'Skribent',
  photo: 'Foto',
  canvasAlt: ({ sections, notes }) =>
    `Canvas med ${sections.length === 1 ? 'en sektion' : `${sections.length} sektioner`} och ${notes === 1 ? 'en lapp' : `${notes} lappar`}: ` +
    `${sections.map((s) => `${s.title} (${s.notes})`).join('; ')}.`,
  stageByStage: 'Skede för skede',
  stage: (n) => `Skede ${n}`,
  steps: 'Steg',
  lanesFromTop: 'Banor uppifrån och ned',
  laneColumns: { lane: 'Bana', content: 'Innehåll' },
  emotionScores: { '-2': 'mycket dåligt', '-1': 'dåligt', '0': 'neutralt', '1': 'bra', '2': 'mycket bra' },
  journeyState: { 'as-is': 'Nuläge', 'to-be': 'Önskat läge' },
  persona: 'Persona',
  noContent: 'Inget registrerat.',
  journeyAlt: ({ persona, stages, lanes, notes, emotion }) =>
    `Kundresa${persona ? ` för ${persona}` : ''}: ${stages.length} skeden (${stages.join(' → ')}), ` +
    `${lanes} banor och ${notes === 1 ? 'en lapp' : `${notes} lappar`}.` +
    (emotion ? ` Känslan varierar från ${signed(emotion.low)} till ${signed(emotion.high)}.` : ''),
};

/** "A, B, C and 4 others": the names, and how many more there are. */
function listWithMore(core: { names: string[]; more: number }, and: string, others: string): string {
  return core.more > 0 ? `${core.names.join(', ')} ${and} ${core.more} ${others}` : joinList(core.names, and);
}

export const reportLabels: Record<Language, ReportLabels> = { en, fi, sv };
