// The sample's canvases, as specs: an empathy map of the applicant (the fullest), a persona and a
// "Miten voisimme…" (How might we) board. Authors are participant keys from sample-people.ts.
import type { CanvasSpec } from './builders';

const VOTED = 'äänestetty';

export const EMPATHY_MAP: CanvasSpec & { title: string } = {
  title: 'Empatiakartta: luvan hakija',
  templateId: 'empathy-map',
  grid: { columns: 3, rows: 2, width: 1320, height: 880 },
  sections: [
    {
      title: 'Sanoo',
      prompt: 'Mitä hakija sanoo ääneen: puheluissa, tiskillä, kyläryhmässä?',
      color: 'yellow',
      notes: [
        { text: 'En edes tiennyt, että saunalle tarvitaan lupa.', tags: ['lupatarve'] },
        { text: 'Soitin kolme kertaa ennen kuin sain oikean ihmisen kiinni.', tags: ['neuvonta'] },
        'Kunnan sivuilla on liikaa tekstiä ja pykäliä.',
        { text: 'Naapuri sanoi, ettei pieneen rakennukseen tarvita mitään.', tags: ['lupatarve'] },
        { text: 'Jag vill kunna söka bygglov på svenska.', lang: 'sv', tags: ['ruotsi'], author: 'ulla' },
      ],
    },
    {
      title: 'Ajattelee',
      prompt: 'Mitä hakija ajattelee, mutta ei välttämättä sano?',
      color: 'blue',
      notes: [
        { text: 'Pelkään, että hakemus hylätään jonkin pikkuvirheen takia.', tags: ['liitteet'] },
        'Onko tämä oikeasti näin monimutkaista vai teenkö jotain väärin?',
        'Maksaako pääsuunnittelija enemmän kuin itse sauna?',
        { text: 'Virkailija varmaan ajattelee, että olen hankala.', tags: ['neuvonta'] },
        {
          text: 'Blir grannarna arga om jag bygger nära tomtgränsen?',
          lang: 'sv',
          tags: ['ruotsi', 'naapurit'],
          author: 'ulla',
        },
      ],
    },
    {
      title: 'Tekee',
      prompt: 'Mitä hakija tekee: mistä hakee tietoa, keneltä kysyy?',
      color: 'yellow',
      notes: [
        { text: 'Googlaa ”tarvitaanko saunalle rakennuslupa”.', tags: ['lupatarve'] },
        'Kysyy neuvoa Facebookin kyläryhmästä.',
        { text: 'Tulostaa lomakkeet ja täyttää ne käsin.', tags: ['digituki'] },
        { text: 'Pyytää lapsia auttamaan vahvan tunnistautumisen kanssa.', tags: ['digituki'] },
        { text: 'Käy rakennusvalvonnassa ilman ajanvarausta.', tags: ['neuvonta'] },
        { text: 'Piirtää asemapiirroksen ruutupaperille.', tags: ['liitteet'], photo: 'photo-seina' },
      ],
    },
    {
      title: 'Tuntee',
      prompt: 'Mitä hakija tuntee eri vaiheissa?',
      color: 'orange',
      notes: [
        'Innostunut: oma sauna on ollut haaveena vuosia.',
        { text: 'Epävarma siitä, mitä liitteitä pitää lähettää.', tags: ['liitteet'] },
        { text: 'Turhautunut, kun täydennyspyyntö tulee viikkojen päästä.', tags: ['odotus'] },
        { text: 'Helpottunut, kun tarkastaja soittaa ja selittää.', tags: ['neuvonta'] },
        {
          text: 'Otålig – jag vet inte hur länge jag måste vänta.',
          lang: 'sv',
          tags: ['ruotsi', 'odotus'],
          author: 'henrik',
        },
      ],
    },
    {
      title: 'Kipukohdat',
      prompt: 'Mikä on vaikeaa, hidasta tai pelottavaa?',
      color: 'pink',
      notes: [
        { text: 'Lupatarpeen selvittäminen vaatii soiton virka-aikaan.', tags: ['lupatarve', 'neuvonta'] },
        { text: 'Liitteiden vaatimukset selviävät vasta täydennyspyynnöstä.', tags: ['liitteet'] },
        { text: 'Käsittelyn vaihetta ei näe mistään.', tags: ['odotus'] },
        'Rakentamisen aloitus viivästyy kesän yli.',
        'Lupamaksun suuruus yllättää.',
      ],
    },
    {
      title: 'Hyödyt',
      prompt: 'Mikä auttaisi? Mitä hakija toivoo?',
      color: 'green',
      notes: [
        { text: 'Selkeä tarkistuslista ennen hakemista.', tags: ['liitteet'] },
        { text: 'Arvio käsittelyajasta heti hakemuksen jätettyä.', tags: ['odotus'] },
        { text: 'Ennakkoneuvontaan voi varata ajan verkossa.', tags: ['neuvonta'] },
        'Valmiit esimerkit tavallisimmista hankkeista: sauna, katos, aurinkopaneelit.',
        { text: 'Apua hakemuksen tekoon kirjastosta.', tags: ['digituki'], author: 'leena' },
      ],
    },
  ],
};

export const PERSONA: CanvasSpec & { title: string } = {
  title: 'Persoona: Aino, 38',
  templateId: 'persona',
  grid: { columns: 3, rows: 2, width: 1200, height: 800 },
  sections: [
    {
      title: 'Taustatiedot',
      prompt: 'Kuka hän on? Elämäntilanne, työ, asuinpaikka.',
      color: 'yellow',
      notes: [
        'Aino, 38, sairaanhoitaja; asuu miehensä ja kahden lapsen kanssa Kaislaniemen kirkonkylässä.',
        'Perheellä on rantatontti, jolle halutaan oma rantasauna.',
        'Ei ole aiemmin hakenut mitään lupaa.',
      ],
    },
    {
      title: 'Tavoitteet',
      prompt: 'Mitä hän haluaa saada aikaan?',
      color: 'green',
      notes: [
        'Sauna valmiiksi ennen juhannusta.',
        'Haluaa tehdä asiat kerralla oikein.',
        'Pysyä budjetissa: 25 000 €.',
      ],
    },
    {
      title: 'Turhautumiset',
      prompt: 'Mikä häntä ärsyttää tai huolestuttaa?',
      color: 'pink',
      notes: [
        { text: 'Vuorotyö: kunnan puhelinaika klo 9–11 ei sovi.', tags: ['neuvonta'] },
        'Ohjeet on kirjoitettu rakennusalan ammattilaisille.',
        'Ei tiedä, kenelle mikäkin asia kuuluu.',
      ],
    },
    {
      title: 'Digitaidot ja välineet',
      prompt: 'Millä laitteilla ja taidoilla hän asioi?',
      color: 'blue',
      notes: [
        'Hoitaa pankki- ja Kela-asiat puhelimella.',
        { text: 'Ei omista tietokonetta, vain tabletin.', tags: ['digituki'] },
        'Tottunut tunnistautumaan pankkitunnuksilla.',
      ],
    },
    {
      title: 'Tarpeet palvelulta',
      prompt: 'Mitä hän tarvitsee lupapalvelulta?',
      color: 'green',
      notes: [
        { text: 'Selkeä vastaus: tarvitsenko luvan?', tags: ['lupatarve'] },
        { text: 'Näkee yhdellä silmäyksellä, mitä hakemuksesta puuttuu.', tags: ['liitteet'] },
        { text: 'Ilmoitus, kun käsittely etenee.', tags: ['odotus'] },
        'Mahdollisuus kysyä chatissa iltaisin.',
      ],
    },
    {
      title: 'Lainaus',
      prompt: 'Yksi lause, joka kiteyttää hänen näkökulmansa.',
      color: 'orange',
      notes: [{ text: '”Haluan vain tietää, mitä minun pitää tehdä, ja että teen sen oikein.”', author: null }],
    },
  ],
};

const HMW_PROMPT = 'Yksi idea lapulle. Äänestäkää lopuksi kolmea parasta.';

export const HOW_MIGHT_WE: CanvasSpec & { title: string } = {
  title: 'Miten voisimme…',
  templateId: 'how-might-we',
  grid: { columns: 3, rows: 2, width: 1320, height: 880 },
  // The workshop voted on the ideas; the winners carry the tag.
  voting: { tag: VOTED, votesPerParticipant: 3, startedAt: '2026-04-15T13:30:00.000Z' },
  sections: [
    {
      title: 'Miten voisimme auttaa asukasta selvittämään itse, tarvitaanko lupaa?',
      prompt: HMW_PROMPT,
      color: 'green',
      notes: [
        { text: 'Lupatarvekysely: viisi kysymystä ja selkeä vastaus.', tags: [VOTED], color: 'orange' },
        'Kuvitettu opas: sauna, katos, aita, aurinkopaneelit.',
        { text: 'Kaavamääräykset näkyvät kartalla omalle tontille.', tags: ['vaatii IT:tä'], author: 'mikko' },
        { text: 'Behöver jag bygglov? – samma guide på svenska.', lang: 'sv', tags: ['ruotsi'], author: 'ulla' },
      ],
    },
    {
      title: 'Miten voisimme saada hakemuksen kerralla valmiiksi?',
      prompt: HMW_PROMPT,
      color: 'green',
      notes: [
        { text: 'Liitteiden tarkistuslista hankkeen tyypin mukaan.', tags: [VOTED], color: 'orange' },
        'Täytetty esimerkkihakemus saunasta ja autotallista.',
        { text: 'Ennakkoneuvonta 15 minuutin videopuheluna.', tags: ['nopea kokeilu'], author: 'marjatta' },
        { text: 'Pääsuunnittelija käy hakemuksen läpi hakijan kanssa ennen jättämistä.', author: 'henrik' },
      ],
    },
    {
      title: 'Miten voisimme tehdä käsittelyn etenemisen näkyväksi?',
      prompt: HMW_PROMPT,
      color: 'green',
      notes: [
        { text: 'Tilaseuranta kuin pakettiseurannassa.', tags: [VOTED, 'vaatii IT:tä'], color: 'orange' },
        { text: 'Tekstiviesti, kun hakemus on otettu käsittelyyn.', tags: ['nopea kokeilu'] },
        'Arvioitu päätöspäivä näkyviin heti jättämisen jälkeen.',
        { text: 'Iltapäivystys chatissa kerran viikossa.', author: 'sanna' },
      ],
    },
    {
      title: 'Miten voisimme tukea niitä, joiden digitaidot eivät riitä?',
      prompt: HMW_PROMPT,
      color: 'green',
      notes: [
        { text: 'Kirjaston hakemusklinikka tiistaisin.', tags: ['nopea kokeilu'], author: 'leena' },
        'Valtuutus: omainen tai suunnittelija voi asioida puolesta.',
        'Paperilomake säilyy, mutta se skannataan heti sähköiseen palveluun.',
        { text: 'Digistöd på svenska i biblioteket.', lang: 'sv', tags: ['ruotsi'], author: 'ulla' },
      ],
    },
    {
      title: 'Miten voisimme vapauttaa rakennustarkastajan aikaa neuvonnasta käsittelyyn?',
      prompt: HMW_PROMPT,
      color: 'green',
      notes: [
        { text: 'Puheluiden yleisimmät kysymykset koottuna verkkoon.', tags: [VOTED], color: 'orange' },
        { text: 'Asiakaspalvelusihteeri hoitaa ensimmäisen neuvonnan.', author: 'sanna' },
        'Yhteinen neuvontapäivä naapurikuntien kanssa.',
        { text: 'Valmiit vastauspohjat täydennyspyyntöihin.', author: 'marjatta' },
      ],
    },
    {
      title: 'Miten voisimme tehdä naapurien kuulemisesta helpompaa?',
      prompt: HMW_PROMPT,
      color: 'green',
      notes: [
        { text: 'Naapurin suostumus sähköisesti.', tags: ['vaatii IT:tä'] },
        'Kirje, jossa QR-koodi hankkeen tietoihin.',
        'Kuulutus kunnan verkkosivuilla ja kirjaston ilmoitustaululla.',
        { text: 'Grannehörande på två språk.', tags: ['ruotsi'], author: 'henrik' },
      ],
    },
  ],
};
