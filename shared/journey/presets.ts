import type { BlueprintLine, JourneyContent, LaneType } from '../model/boards/journey';
import type { Language } from '../i18n/languages';
import type { Localized } from '../templates/canvas-template';

export interface PresetLane {
  /** Stable kebab-case key: tests refer to lanes by it, never by title. */
  readonly key: string;
  readonly type: LaneType;
  readonly title: Localized;
  readonly lineBelow: BlueprintLine | null;
}

export interface JourneyPreset {
  readonly id: JourneyContent['preset'];
  readonly name: Localized;
  readonly description: Localized;
  readonly stages: readonly Localized[];
  readonly lanes: readonly PresetLane[];
}

/** The stages of a typical public service, from the citizen's side; the user renames them. */
const SERVICE_STAGES: readonly Localized[] = [
  { en: 'Notice the need', fi: 'Tarve herää', sv: 'Behovet uppstår' },
  { en: 'Find information', fi: 'Tiedonhaku', sv: 'Söka information' },
  { en: 'Apply', fi: 'Hakeminen', sv: 'Ansöka' },
  { en: 'Wait', fi: 'Odottaminen', sv: 'Vänta' },
  { en: 'Decision', fi: 'Päätös', sv: 'Beslut' },
  { en: 'Use', fi: 'Käyttö', sv: 'Användning' },
];

const lane = (key: string, type: LaneType, title: Localized, lineBelow: BlueprintLine | null = null): PresetLane => ({
  key,
  type,
  title,
  lineBelow,
});

export const journeyPresets: readonly JourneyPreset[] = [
  {
    id: 'customer-journey',
    name: { en: 'Customer journey', fi: 'Asiakaspolku', sv: 'Kundresa' },
    description: {
      en: 'One person’s path through the service: what they do, think and feel, and where it hurts.',
      fi: 'Yhden ihmisen polku palvelun läpi: mitä hän tekee, ajattelee ja tuntee, ja missä hiertää.',
      sv: 'En persons väg genom tjänsten: vad hen gör, tänker och känner, och var det skaver.',
    },
    stages: SERVICE_STAGES,
    lanes: [
      lane('actions', 'notes', { en: 'Actions', fi: 'Toiminnot', sv: 'Aktiviteter' }),
      lane('thoughts', 'notes', { en: 'Thoughts', fi: 'Ajatukset', sv: 'Tankar' }),
      lane('emotion', 'emotion', { en: 'Emotion', fi: 'Tunteet', sv: 'Känslor' }),
      lane('touchpoints', 'channels', { en: 'Touchpoints', fi: 'Kosketuspisteet', sv: 'Kontaktpunkter' }),
      lane('pain-points', 'notes', { en: 'Pain points', fi: 'Kipukohdat', sv: 'Smärtpunkter' }),
      lane('opportunities', 'notes', { en: 'Opportunities', fi: 'Mahdollisuudet', sv: 'Möjligheter' }),
    ],
  },
  {
    id: 'service-blueprint',
    name: { en: 'Service blueprint', fi: 'Palvelupiirustus (service blueprint)', sv: 'Tjänsteritning' },
    description: {
      en: 'The customer’s path above the lines, and what staff and systems do behind the scenes below them.',
      fi: 'Asiakkaan polku viivojen yllä, ja mitä henkilöstö ja järjestelmät tekevät kulissien takana niiden alla.',
      sv: 'Kundens väg ovanför linjerna, och vad personal och system gör bakom kulisserna under dem.',
    },
    stages: SERVICE_STAGES,
    // Emotion and touchpoints above the customer's actions, as many public-sector blueprints do,
    // so the three lines stay between the lanes they separate.
    lanes: [
      lane('emotion', 'emotion', { en: 'Customer’s feelings', fi: 'Asiakkaan tunteet', sv: 'Kundens känslor' }),
      lane('touchpoints', 'channels', { en: 'Touchpoints', fi: 'Kosketuspisteet', sv: 'Kontaktpunkter' }),
      lane('physical-evidence', 'notes', { en: 'Physical evidence', fi: 'Fyysiset todisteet', sv: 'Fysiska bevis' }),
      lane(
        'customer-actions',
        'notes',
        { en: 'Customer actions', fi: 'Asiakkaan toiminnot', sv: 'Kundens aktiviteter' },
        'interaction',
      ),
      lane(
        'frontstage',
        'notes',
        { en: 'Frontstage (visible)', fi: 'Näkyvä palvelu', sv: 'Synlig verksamhet' },
        'visibility',
      ),
      lane(
        'backstage',
        'notes',
        { en: 'Backstage', fi: 'Taustatoiminnot', sv: 'Bakomliggande verksamhet' },
        'internal',
      ),
      lane('support', 'notes', { en: 'Support processes', fi: 'Tukiprosessit', sv: 'Stödprocesser' }),
    ],
  },
  {
    id: 'blank',
    name: { en: 'Blank', fi: 'Tyhjä', sv: 'Tom' },
    description: {
      en: 'Three stages and one lane of notes: add the lanes you need.',
      fi: 'Kolme vaihetta ja yksi muistilappurivi: lisää tarvitsemasi rivit.',
      sv: 'Tre skeden och en rad med lappar: lägg till de rader du behöver.',
    },
    stages: [
      { en: 'Before', fi: 'Ennen', sv: 'Före' },
      { en: 'During', fi: 'Aikana', sv: 'Under' },
      { en: 'After', fi: 'Jälkeen', sv: 'Efter' },
    ],
    lanes: [lane('notes', 'notes', { en: 'Notes', fi: 'Muistiinpanot', sv: 'Anteckningar' })],
  },
];

export function journeyPreset(id: JourneyContent['preset']): JourneyPreset {
  const preset = journeyPresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no journey preset ${id}`);
  return preset;
}

/** A new journey's content from a preset, in one language, with fresh ids. */
export function instantiatePreset(preset: JourneyPreset, language: Language, newId: () => string): JourneyContent {
  return {
    preset: preset.id,
    persona: '',
    personaRef: null,
    state: 'as-is',
    basedOn: null,
    stages: preset.stages.map((title) => ({ id: newId(), title: title[language], steps: [] })),
    lanes: preset.lanes.map((l) => ({
      id: newId(),
      title: l.title[language],
      type: l.type,
      lineBelow: l.lineBelow,
      collapsed: false,
      color: null,
    })),
    notes: [],
    scores: [],
    touchpoints: [],
  };
}
