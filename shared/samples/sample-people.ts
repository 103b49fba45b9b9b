// The sample project's overview: a fictional small municipality's four-month mentoring project
// (CONTEXT.md). Names, organisations and places are invented.
import type { Participant, Project } from '../model';

/** Fixed times, so the sample is byte-identical on every build. */
export const SAMPLE_CREATED_AT = '2026-01-26T08:30:00.000Z';
export const SAMPLE_UPDATED_AT = '2026-05-28T13:45:00.000Z';
/** The savedAt of the committed .kartta file. */
export const SAMPLE_SAVED_AT = '2026-05-28T14:00:00.000Z';

export const SAMPLE_ORGANISATION = 'Kaislaniemen kunta – Vassudds kommun';

/** Participants by the key the board specs use for authors. */
export const SAMPLE_PEOPLE: readonly (Omit<Participant, 'id'> & { key: string })[] = [
  {
    key: 'marjatta',
    name: 'Marjatta Lehtonen',
    organisation: 'Kaislaniemen kunta, rakennusvalvonta',
    role: 'Rakennustarkastaja',
  },
  {
    key: 'sanna',
    name: 'Sanna Virtanen',
    organisation: 'Kaislaniemen kunta, tekninen toimi',
    role: 'Asiakaspalvelusihteeri',
  },
  {
    key: 'mikko',
    name: 'Mikko Rantanen',
    organisation: 'Järviseudun tietohallinto',
    role: 'IT-asiantuntija',
  },
  {
    key: 'pekka',
    name: 'Pekka Saarinen',
    organisation: 'Kaislaniemen kyläyhdistys',
    role: 'Asukas, rakensi autotallin 2025',
  },
  {
    key: 'ulla',
    name: 'Ulla Björkqvist',
    organisation: 'Strandby byaförening',
    role: 'Asukas (ruotsinkielinen) / invånare',
  },
  {
    key: 'tero',
    name: 'Tero Mäkelä',
    organisation: 'Rakennus Mäkelä Oy',
    role: 'Rakennusliikkeen edustaja, vastaava työnjohtaja',
  },
  {
    key: 'henrik',
    name: 'Henrik Lindholm',
    organisation: 'Arkitektbyrå Lindholm',
    role: 'Pääsuunnittelija',
  },
  {
    key: 'leena',
    name: 'Leena Koivisto',
    organisation: 'Kaislaniemen kunnankirjasto',
    role: 'Kirjaston palveluohjaaja, digituki',
  },
];

const GOAL = [
  'Kaislaniemen kunnassa haetaan vuosittain noin 120 rakentamislupaa (ent. rakennuslupaa) ja',
  'toimenpidelupaa, ja yhä useampi hakemus tehdään sähköisessä lupapalvelussa. Silti moni hakija',
  'soittaa rakennusvalvontaan tai tulee paikan päälle, koska ei tiedä, tarvitaanko lupaa lainkaan,',
  'mitä liitteitä hakemukseen kuuluu tai missä vaiheessa käsittely on. Puutteelliset hakemukset',
  'palautuvat täydennettäviksi, käsittely venyy ja rakennustarkastajan aika kuluu neuvontaan.',
  'Hankkeen tavoitteena on ymmärtää hakijoiden, suunnittelijoiden ja kunnan työntekijöiden',
  'kokemukset koko lupapolulta ja suunnitella yhdessä heidän kanssaan palvelu, jossa lupatarpeen voi',
  'selvittää itse, hakemuksen saa kerralla valmiiksi ja käsittelyn etenemistä voi seurata – myös',
  'ruotsiksi ja myös silloin, kun omat digitaidot tai yhteydet eivät riitä. Hankkeen tuloksena syntyy',
  'julkaistava raportti, palvelupolku ja kokeiltavat parannusehdotukset ennen teknistä toteutusta.',
].join(' ');

export function sampleProject(participants: Participant[]): Project {
  return {
    id: 'sample-digital-building-permit',
    title: 'Digitaalinen rakennuslupa',
    organisation: SAMPLE_ORGANISATION,
    goal: GOAL,
    startDate: '2026-02-02',
    endDate: '2026-05-29',
    facilitators: ['Riikka Aaltonen, palvelumuotoilija', 'Oskari Nieminen, käytettävyysasiantuntija'],
    participants,
    createdAt: SAMPLE_CREATED_AT,
    updatedAt: SAMPLE_UPDATED_AT,
    // Its notes and names are Finnish; a Swedish or Sámi text carries its own language.
    language: 'fi',
  };
}
