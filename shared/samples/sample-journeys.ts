// The sample's two journeys of the same process: Aino's customer journey from the first idea of a
// sauna to building it, and the service blueprint behind it. One cell per stage, in stage order.
import type { JourneySpec } from './builders';

const PERSONA = 'Aino, 38, rakentaa saunaa';
const STAGES = ['Tarve herää', 'Tiedonhaku', 'Hakemuksen teko', 'Odotus', 'Päätös', 'Rakentaminen'] as const;

export const CUSTOMER_JOURNEY: JourneySpec & { title: string } = {
  title: 'Asiakaspolku: Aino hakee lupaa rantasaunalle',
  preset: 'customer-journey',
  persona: PERSONA,
  personaRef: { boardId: 'board-persona', actorId: null },
  stages: STAGES,
  steps: [
    [],
    ['Hakee kunnan sivuilta', 'Kysyy kyläryhmästä', 'Soittaa neuvontaan'],
    ['Tunnistautuu lupapalveluun', 'Täyttää hakemuksen', 'Lataa liitteet', 'Maksaa käsittelymaksun'],
  ],
  lanes: [
    {
      title: 'Toiminnot',
      type: 'notes',
      color: 'yellow',
      cells: [
        ['Perhe päättää rakentaa rantasaunan vanhan tilalle.'],
        ['Etsii kunnan sivuilta ohjeita.', 'Kysyy kyläryhmästä, tarvitaanko lupaa.'],
        ['Tunnistautuu lupapalveluun.', 'Täyttää hakemuksen tabletilla ja lataa liitteet.'],
        ['Saa täydennyspyynnön ja pyytää pääsuunnittelijalta uuden asemapiirroksen.'],
        ['Lukee päätöksen ja maksaa laskun.'],
        ['Tekee aloitusilmoituksen.', 'Sopii loppukatselmuksen ajan.'],
      ],
    },
    {
      title: 'Ajatukset',
      type: 'notes',
      color: 'blue',
      cells: [
        ['Tarvitaanko tähän edes lupaa?'],
        ['Mikä ero on rakentamisluvalla ja toimenpideluvalla?'],
        [{ text: 'Mikä ihmeen ”pääpiirustus”?', tags: ['liitteet'] }],
        [{ text: 'Onko hakemus jumissa vai unohtunut?', tags: ['odotus'] }],
        ['Vihdoin! Ehditäänkö vielä ennen juhannusta?'],
        ['Kuka tarkastaa mitäkin, ja milloin?'],
      ],
    },
    {
      title: 'Tunne',
      type: 'emotion',
      cells: [2, -1, -2, -2, 1, 1],
    },
    {
      title: 'Kosketuspisteet',
      type: 'channels',
      cells: [
        { channels: ['face-to-face'], text: 'Keskustelu naapurin kanssa' },
        { channels: ['web', 'phone'], text: 'Kunnan verkkosivut ja rakennusvalvonnan puhelinaika' },
        { channels: ['web', 'mobile'], text: 'Sähköinen lupapalvelu' },
        { channels: ['email', 'phone'], text: 'Täydennyspyyntö sähköpostilla, soitto tarkastajalle' },
        { channels: ['web', 'letter'], text: 'Päätös lupapalvelussa, lasku kirjeenä' },
        { channels: ['face-to-face', 'phone'], text: 'Katselmukset työmaalla' },
      ],
    },
    {
      title: 'Kipukohdat',
      type: 'notes',
      color: 'pink',
      tint: 'pink',
      cells: [
        [],
        [{ text: 'Ohjeet hajallaan ja ammattikieltä.', tags: ['lupatarve'], votes: 4 }],
        [
          { text: 'Ei tiedä, mitkä liitteet tarvitaan.', tags: ['liitteet'], votes: 6 },
          { text: 'Kirjautuminen katkeaa kesken.', votes: 2 },
        ],
        [{ text: 'Täydennyspyyntö tulee vasta kolmen viikon päästä.', tags: ['odotus'], votes: 5 }],
        ['Lupamaksu on suurempi kuin odotti.'],
        ['Aloitusilmoituksen liitteet yllättävät.'],
      ],
    },
    {
      title: 'Kuvakaappaukset',
      type: 'images',
      cells: [null, null, { caption: 'Hakulomakkeen liitesivu', photo: 'photo-liitesivu' }],
    },
    {
      title: 'Mahdollisuudet',
      type: 'notes',
      color: 'green',
      cells: [
        [{ text: 'Lupatarvekysely verkossa.', tags: ['lupatarve'] }],
        ['Kuvitettu opas tavallisimmista hankkeista, myös ruotsiksi.'],
        [{ text: 'Liitteiden tarkistuslista hankkeen tyypin mukaan.', tags: ['liitteet'] }],
        [{ text: 'Tilaseuranta ja arvioitu päätöspäivä.', tags: ['odotus'] }],
        ['Maksuarvio jo hakemusvaiheessa.'],
        ['Katselmusajan varaus verkossa.'],
      ],
    },
  ],
};

export const SERVICE_BLUEPRINT: JourneySpec & { title: string } = {
  title: 'Service blueprint: rakentamislupa',
  preset: 'service-blueprint',
  persona: PERSONA,
  stages: STAGES,
  lanes: [
    {
      title: 'Fyysiset todisteet',
      type: 'notes',
      color: 'grey',
      cells: [
        ['Naapurin uusi sauna, kyläryhmän keskustelu'],
        ['Kunnan verkkosivu ”Rakentaminen”', 'Lupapalvelun ohjesivu'],
        ['Hakemuslomake, asemapiirros, pääpiirustukset'],
        ['Automaattinen vastaanottokuittaus', 'Täydennyspyyntö'],
        ['Lupapäätös ja lasku'],
        ['Työmaakortti, tarkastusasiakirja, loppukatselmuksen pöytäkirja'],
      ],
    },
    {
      title: 'Asiakkaan toiminnot',
      type: 'notes',
      lineBelow: 'interaction',
      color: 'yellow',
      cells: [
        ['Ideoi hanketta perheen kanssa'],
        ['Etsii ohjeita ja soittaa neuvontaan'],
        ['Täyttää hakemuksen ja liittää suunnitelmat'],
        ['Täydentää hakemusta'],
        ['Lukee päätöksen ja maksaa'],
        ['Rakentaa ja pyytää katselmukset'],
      ],
    },
    {
      title: 'Asiakaspalvelu (näkyvä)',
      type: 'notes',
      lineBelow: 'visibility',
      color: 'orange',
      cells: [
        [],
        ['Kuntainfo vastaa puhelimeen ja ohjaa tarkastajalle', 'Kirjaston digituki'],
        ['Ennakkoneuvonta pääsuunnittelijalle'],
        ['Rakennustarkastaja soittaa ja selittää täydennystarpeen'],
        ['Päätös julkaistaan lupapalvelussa'],
        ['Aloituskokous ja katselmukset työmaalla'],
      ],
    },
    {
      title: 'Taustatoiminnot',
      type: 'notes',
      lineBelow: 'internal',
      color: 'blue',
      cells: [
        [],
        ['Soittopyyntöjen kirjaus ja jono'],
        ['Hakemuksen tarkastus ja puutteiden kirjaus'],
        ['Naapurien kuuleminen ja lausuntopyynnöt', 'Kaavatulkinta kaavoitukselta'],
        ['Päätöksen laatiminen ja kuulutus', 'Laskutus taloushallinnolle'],
        ['Katselmusten ajanvaraus', 'Rakennustietojen päivitys'],
      ],
    },
    {
      title: 'Tukiprosessit',
      type: 'notes',
      color: 'grey',
      cells: [
        ['Kunnan verkkosivujen ylläpito'],
        ['Karttapalvelu ja kaavat verkossa'],
        ['Lupapalvelu, Suomi.fi-tunnistus ja -valtuudet'],
        ['Asianhallintajärjestelmä', 'Kiinteistötiedot Maanmittauslaitokselta'],
        ['Sähköinen arkisto ja tiedonsiirto rakennustietojen rekisteriin'],
        ['Tarkastusasiakirjan pohja', 'Ohjeet myös ruotsiksi: ”Anvisningar för bygglov”'],
      ],
    },
  ],
};
