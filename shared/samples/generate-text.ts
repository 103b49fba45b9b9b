// Words for generated projects: note texts, people, board titles. Mostly Finnish with some
// Swedish, like the sample (CONTEXT.md), and of the lengths real sticky notes have (a few words
// to two sentences), so file sizes and text layout in benchmarks resemble real projects.
import type { Participant } from '../model';
import type { Rng } from './random';

const SUBJECTS = [
  'Asukas',
  'Hakija',
  'Asiakas',
  'Virkailija',
  'Yrittäjä',
  'Omaishoitaja',
  'Nuori',
  'Ikääntynyt',
  'Kyläyhdistys',
  'Neuvoja',
  'Palveluohjaaja',
  'Kirjaston työntekijä',
];
const ACTIONS = [
  'ei löydä oikeaa lomaketta',
  'soittaa neuvontaan useamman kerran',
  'odottaa päätöstä viikkoja',
  'toivoo selkeämpää ohjetta',
  'käyttää palvelua mobiilissa',
  'tarvitsee apua tunnistautumisessa',
  'kysyy neuvoa naapurilta',
  'haluaa asioida kasvokkain',
  'ei tiedä, kuka asiasta vastaa',
  'täyttää hakemuksen kahteen kertaan',
  'saa ristiriitaista tietoa',
  'löytää tiedon vasta kyläryhmästä',
];
const CONTEXTS = [
  'lupaprosessissa',
  'ensimmäisellä käyntikerralla',
  'iltaisin ja viikonloppuisin',
  'kun liitteitä puuttuu',
  'hyvinvointialueen palveluissa',
  'kunnan verkkosivuilla',
  'ruuhka-aikaan',
  'kesälomakaudella',
];
const SWEDISH = [
  'Jag vill kunna sköta ärendet på svenska.',
  'Blanketten finns bara på finska.',
  'Det tar för lång tid att få svar.',
  'Byaföreningen hjälper med ansökan.',
  'Vem ska jag ringa när något är oklart?',
];
const IDEAS = [
  'Tarkistuslista ennen hakemista',
  'Ajanvaraus verkossa',
  'Tilaseuranta tekstiviestillä',
  'Digituki kirjastossa',
  'Yksi yhteyshenkilö koko asian ajan',
  'Selkokielinen ohje',
  'Esimerkkihakemukset tavallisimmista tapauksista',
  'Yhteinen asiakaspalvelupiste',
];
export const NOTE_TAGS = [
  'neuvonta',
  'odotus',
  'liitteet',
  'digituki',
  'ruotsi',
  'idea',
  'kipukohta',
  'saavutettavuus',
];

/** One sticky note's text: an observation, an idea, or now and then a line in Swedish. */
export function noteText(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.1) return rng.pick(SWEDISH);
  if (roll < 0.3) return `${rng.pick(IDEAS)}.`;
  const sentence = `${rng.pick(SUBJECTS)} ${rng.pick(ACTIONS)} ${rng.pick(CONTEXTS)}.`;
  return rng.chance(0.25) ? `${sentence} ${rng.pick(IDEAS)}?` : sentence;
}

export function noteTags(rng: Rng): string[] {
  if (!rng.chance(0.3)) return [];
  const first = rng.pick(NOTE_TAGS);
  const second = rng.pick(NOTE_TAGS);
  return rng.chance(0.2) && second !== first ? [first, second] : [first];
}

const FIRST_NAMES = [
  'Aino',
  'Mikko',
  'Sanna',
  'Pekka',
  'Leena',
  'Juha',
  'Ulla',
  'Henrik',
  'Marjatta',
  'Tero',
  'Elina',
  'Anders',
  'Kaisa',
  'Matti',
  'Johanna',
  'Stina',
];
const LAST_NAMES = [
  'Virtanen',
  'Korhonen',
  'Mäkelä',
  'Nieminen',
  'Lehtonen',
  'Björkqvist',
  'Lindholm',
  'Koivisto',
  'Heikkinen',
  'Saarinen',
  'Nyström',
  'Rantanen',
];
const ORGANISATIONS = [
  'Kaislaniemen kunta',
  'Pohjanmaan hyvinvointialue',
  'ELY-keskus',
  'Kaislaniemen kyläyhdistys',
  'Strandby byaförening',
  'Järviseudun tietohallinto',
  'Kaislaniemen kunnankirjasto',
  'Yrittäjäyhdistys',
];
const ROLES = ['Asukas', 'Asiantuntija', 'Palveluohjaaja', 'Yrittäjä', 'Kehittämispäällikkö', 'Opiskelija'];

/** `count` participants with invented names (repeating names get a number, as sign-up lists do). */
export function participants(count: number, rng: Rng, idOf: (i: number) => string): Participant[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    return {
      id: idOf(i),
      name: i < FIRST_NAMES.length * 2 ? name : `${name} ${i + 1}`,
      organisation: rng.pick(ORGANISATIONS),
      role: rng.pick(ROLES),
    };
  });
}

export const CANVAS_KINDS = [
  {
    templateId: 'empathy-map',
    title: 'Empatiakartta',
    sections: ['Sanoo', 'Ajattelee', 'Tekee', 'Tuntee', 'Kipukohdat', 'Hyödyt'],
  },
  {
    templateId: 'swot',
    title: 'SWOT',
    sections: ['Vahvuudet', 'Heikkoudet', 'Mahdollisuudet', 'Uhat'],
  },
  {
    templateId: 'how-might-we',
    title: 'Miten voisimme',
    sections: ['Haaste', 'Ideat', 'Valitut', 'Seuraavat askeleet'],
  },
  {
    templateId: 'business-model-canvas',
    title: 'Liiketoimintamalli',
    sections: [
      'Kumppanit',
      'Toiminnot',
      'Resurssit',
      'Arvolupaus',
      'Asiakassuhteet',
      'Kanavat',
      'Asiakasryhmät',
      'Kustannukset',
      'Tulot',
    ],
  },
] as const;

export const STAGE_NAMES = [
  'Tarve herää',
  'Tiedonhaku',
  'Yhteydenotto',
  'Hakemus',
  'Odotus',
  'Päätös',
  'Palvelun käyttö',
  'Palaute',
  'Seuranta',
  'Jatkopalvelu',
  'Uusi tarve',
  'Lopetus',
];
export const NOTE_LANES = [
  { title: 'Toiminnot', color: 'yellow' },
  { title: 'Ajatukset', color: 'blue' },
  { title: 'Kipukohdat', color: 'pink' },
  { title: 'Mahdollisuudet', color: 'green' },
  { title: 'Taustaprosessit', color: 'grey' },
] as const;
export const TOPICS = [
  'rakennuslupa',
  'kotihoito',
  'koulukuljetus',
  'kirjastopalvelut',
  'yrityspalvelut',
  'asumisneuvonta',
  'nuorisopalvelut',
  'jätehuolto',
  'joukkoliikenne',
  'vapaa-aika',
];
