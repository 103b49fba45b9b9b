// Canvases about people: the empathy map, the persona and stakeholder motivations.
// Swedish prompts use the gender-neutral "hen", as Finland's Swedish-language public services do.
import type { CanvasTemplate } from './canvas-template';
import { trackGrid } from './layout';
import { COMMON_PRACTICE } from './sources';

// Dave Gray's 2017 canvas: the goal strip (1 Who, 2 Do) on top, then See, Say, Do and Hear
// clockwise around the head, drawn here as a pinwheel so each outer block gets a similar area.
// Think & feel sits in the head with Pains and Gains under it, as on the original.
const empathy = trackGrid([352, 400, 400, 352], [144, 192, 208, 208, 192]);

export const empathyMap: CanvasTemplate = {
  id: 'empathy-map',
  name: { en: 'Empathy Map', fi: 'Empatiakartta', sv: 'Empatikarta' },
  description: {
    en: 'Walk in someone’s shoes: what they see, say, do and hear, then what goes on in their head.',
    fi: 'Asetu toisen asemaan: mitä hän näkee, sanoo, tekee ja kuulee, ja mitä hänen mielessään liikkuu.',
    sv: 'Sätt dig in i någons situation: vad hen ser, säger, gör och hör, och vad som rör sig i huvudet.',
  },
  source: {
    credit: 'Empathy Map Canvas by Dave Gray, xplane.com (updated 2017); layout redrawn and prompts written for Kartta',
    licence: 'Free to use with credit to Dave Gray, xplane.com',
  },
  size: empathy.size,
  sections: [
    {
      key: 'who',
      title: { en: 'Who', fi: 'Kuka', sv: 'Vem' },
      prompt: {
        en: 'Who is the person we want to understand, and what situation are they in?',
        fi: 'Kuka on ihminen, jota haluamme ymmärtää, ja missä tilanteessa hän on?',
        sv: 'Vem är personen vi vill förstå, och i vilken situation befinner hen sig?',
      },
      ...empathy.area(0, 0, 2),
    },
    {
      key: 'goal',
      title: {
        en: 'Goal: what do they need to do?',
        fi: 'Tavoite: mitä hänen pitää tehdä?',
        sv: 'Mål: vad behöver hen göra?',
      },
      prompt: {
        en: 'What do they need to do differently, and how would we know they succeeded?',
        fi: 'Mitä hänen pitäisi tehdä toisin, ja mistä tietäisimme, että hän onnistui?',
        sv: 'Vad behöver hen göra annorlunda, och hur vet vi att hen lyckades?',
      },
      ...empathy.area(2, 0, 2),
    },
    {
      key: 'see',
      title: { en: 'See', fi: 'Näkee', sv: 'Ser' },
      prompt: {
        en: 'What do they see around them, in what others do and in what they read or watch?',
        fi: 'Mitä hän näkee ympärillään, muiden toiminnassa ja siinä, mitä lukee tai katsoo?',
        sv: 'Vad ser hen omkring sig, i det andra gör och i det hen läser eller tittar på?',
      },
      ...empathy.area(0, 1, 3),
    },
    {
      key: 'say',
      title: { en: 'Say', fi: 'Sanoo', sv: 'Säger' },
      prompt: {
        en: 'What have we heard them say, and what can we imagine them saying?',
        fi: 'Mitä olemme kuulleet hänen sanovan, ja mitä hän voisi sanoa?',
        sv: 'Vad har vi hört hen säga, och vad kan vi tänka oss att hen säger?',
      },
      ...empathy.area(3, 1, 1, 3),
    },
    {
      key: 'do',
      title: { en: 'Do', fi: 'Tekee', sv: 'Gör' },
      prompt: {
        en: 'What do they do today? What have we observed?',
        fi: 'Mitä hän tekee nyt? Mitä olemme havainneet?',
        sv: 'Vad gör hen i dag? Vad har vi observerat?',
      },
      ...empathy.area(1, 4, 3),
    },
    {
      key: 'hear',
      title: { en: 'Hear', fi: 'Kuulee', sv: 'Hör' },
      prompt: {
        en: 'What do they hear from friends, from colleagues and second-hand?',
        fi: 'Mitä hän kuulee läheisiltään, työkavereiltaan ja kuulopuheina?',
        sv: 'Vad hör hen från vänner, från kolleger och i andra hand?',
      },
      ...empathy.area(0, 2, 1, 3),
    },
    {
      key: 'think-feel',
      title: { en: 'Think & feel', fi: 'Ajattelee ja tuntee', sv: 'Tänker och känner' },
      prompt: {
        en: 'What goes on in their head: which thoughts and feelings drive what they do?',
        fi: 'Mitä hänen mielessään liikkuu: mitkä ajatukset ja tunteet ohjaavat hänen toimintaansa?',
        sv: 'Vad rör sig i hens huvud: vilka tankar och känslor styr det hen gör?',
      },
      ...empathy.area(1, 2, 2),
    },
    {
      key: 'pains',
      title: { en: 'Pains', fi: 'Kipukohdat', sv: 'Smärtpunkter' },
      prompt: {
        en: 'What are their fears, frustrations and anxieties?',
        fi: 'Mitä hän pelkää, mikä turhauttaa tai ahdistaa?',
        sv: 'Vad är hen rädd för, vad frustrerar eller oroar hen?',
      },
      ...empathy.area(1, 3),
    },
    {
      key: 'gains',
      title: { en: 'Gains', fi: 'Hyödyt', sv: 'Vinster' },
      prompt: {
        en: 'What do they want and need, and what do they hope and dream of?',
        fi: 'Mitä hän haluaa ja tarvitsee, mitä hän toivoo ja mistä hän unelmoi?',
        sv: 'Vad vill och behöver hen, och vad hoppas och drömmer hen om?',
      },
      ...empathy.area(2, 3),
    },
  ],
};

// Identity down the left (name, photo, quote), the persona's world in two columns on the right and
// the scenario as a wide strip at the bottom, where a story has room to run.
const personaGrid = trackGrid([400, 528, 528], [216, 232, 232, 232]);

export const persona: CanvasTemplate = {
  id: 'persona',
  name: { en: 'Persona', fi: 'Persoona', sv: 'Persona' },
  description: {
    en: 'A realistic, research-based portrait of one kind of service user.',
    fi: 'Todentuntuinen, tutkimukseen perustuva kuvaus yhdestä palvelun käyttäjätyypistä.',
    sv: 'Ett realistiskt, forskningsbaserat porträtt av en typ av tjänsteanvändare.',
  },
  source: COMMON_PRACTICE,
  size: personaGrid.size,
  sections: [
    {
      key: 'name',
      title: { en: 'Name', fi: 'Nimi', sv: 'Namn' },
      prompt: {
        en: 'A first name, an age and a one-line description.',
        fi: 'Etunimi, ikä ja yhden rivin kuvaus.',
        sv: 'Förnamn, ålder och en beskrivning på en rad.',
      },
      ...personaGrid.area(0, 0),
    },
    {
      key: 'photo',
      title: { en: 'Photo', fi: 'Kuva', sv: 'Bild' },
      prompt: {
        en: 'A photo or drawing that makes the persona feel real (never a real client).',
        fi: 'Kuva tai piirros, joka tekee persoonasta todentuntuisen (ei koskaan oikea asiakas).',
        sv: 'Ett foto eller en teckning som gör personan levande (aldrig en verklig kund).',
      },
      ...personaGrid.area(0, 1, 1, 2),
    },
    {
      key: 'quote',
      title: { en: 'Quote', fi: 'Sitaatti', sv: 'Citat' },
      prompt: {
        en: 'Something they might say that sums up their attitude.',
        fi: 'Jotain, mitä hän voisi sanoa ja mikä tiivistää hänen asenteensa.',
        sv: 'Något hen kunde säga som sammanfattar hens inställning.',
      },
      ...personaGrid.area(0, 3),
    },
    {
      key: 'background',
      title: { en: 'Background', fi: 'Taustatiedot', sv: 'Bakgrund' },
      prompt: {
        en: 'Life situation, work, where they live and with whom.',
        fi: 'Elämäntilanne, työ, asuinpaikka ja kenen kanssa hän asuu.',
        sv: 'Livssituation, arbete, var hen bor och med vem.',
      },
      ...personaGrid.area(1, 0),
    },
    {
      key: 'role',
      title: { en: 'Role', fi: 'Rooli', sv: 'Roll' },
      prompt: {
        en: 'Their role in relation to the service: applicant, user, carer, partner…',
        fi: 'Hänen roolinsa palvelun kannalta: hakija, käyttäjä, omainen, kumppani…',
        sv: 'Hens roll i förhållande till tjänsten: sökande, användare, anhörig, partner…',
      },
      ...personaGrid.area(2, 0),
    },
    {
      key: 'goals',
      title: { en: 'Goals', fi: 'Tavoitteet', sv: 'Mål' },
      prompt: {
        en: 'What are they trying to achieve with the service?',
        fi: 'Mitä hän yrittää saada aikaan palvelun avulla?',
        sv: 'Vad försöker hen uppnå med tjänsten?',
      },
      ...personaGrid.area(1, 1),
    },
    {
      key: 'motivations',
      title: { en: 'Motivations', fi: 'Motivaatiot', sv: 'Drivkrafter' },
      prompt: {
        en: 'What drives them? Why does this matter to them?',
        fi: 'Mikä häntä motivoi? Miksi asia on hänelle tärkeä?',
        sv: 'Vad driver hen? Varför är det här viktigt för hen?',
      },
      ...personaGrid.area(2, 1),
    },
    {
      key: 'pain-points',
      title: { en: 'Pain points', fi: 'Kipukohdat', sv: 'Smärtpunkter' },
      prompt: {
        en: 'What is hard, slow or frustrating for them today?',
        fi: 'Mikä on hänelle nyt vaikeaa, hidasta tai turhauttavaa?',
        sv: 'Vad är svårt, långsamt eller frustrerande för hen i dag?',
      },
      ...personaGrid.area(1, 2),
    },
    {
      key: 'behaviours',
      title: { en: 'Behaviours', fi: 'Toimintatavat', sv: 'Beteenden' },
      prompt: {
        en: 'How do they act: channels, devices, habits, whom they ask for help?',
        fi: 'Miten hän toimii: kanavat, laitteet, tottumukset, keneltä hän kysyy apua?',
        sv: 'Hur agerar hen: kanaler, enheter, vanor, vem hen frågar om hjälp?',
      },
      ...personaGrid.area(2, 2),
    },
    {
      key: 'scenario',
      title: { en: 'Scenario', fi: 'Skenaario', sv: 'Scenario' },
      prompt: {
        en: 'A short story of them using the service, from start to finish.',
        fi: 'Lyhyt tarina siitä, miten hän käyttää palvelua alusta loppuun.',
        sv: 'En kort berättelse om hur hen använder tjänsten från början till slut.',
      },
      ...personaGrid.area(1, 3, 2),
    },
  ],
};

// A table read across: one stakeholder per row of notes, their needs, offers and fears beside it.
const stakeholders = trackGrid([352, 400, 400, 400], [960]);

export const stakeholderMotivations: CanvasTemplate = {
  id: 'stakeholder-motivations',
  name: { en: 'Stakeholder motivations', fi: 'Sidosryhmien motiivit', sv: 'Intressenternas drivkrafter' },
  description: {
    en: 'What each stakeholder needs, offers and fears, side by side.',
    fi: 'Mitä kukin sidosryhmä tarvitsee, tarjoaa ja pelkää, rinnakkain.',
    sv: 'Vad varje intressent behöver, erbjuder och är rädd för, sida vid sida.',
  },
  source: COMMON_PRACTICE,
  size: stakeholders.size,
  sections: [
    {
      key: 'stakeholder',
      title: { en: 'Stakeholder', fi: 'Sidosryhmä', sv: 'Intressent' },
      prompt: {
        en: 'One stakeholder per row: a person, a team or an organisation.',
        fi: 'Yksi sidosryhmä riviä kohden: henkilö, tiimi tai organisaatio.',
        sv: 'En intressent per rad: en person, ett team eller en organisation.',
      },
      ...stakeholders.area(0, 0),
    },
    {
      key: 'needs',
      title: { en: 'What they need', fi: 'Mitä he tarvitsevat', sv: 'Vad de behöver' },
      prompt: {
        en: 'What do they need from the service or the project?',
        fi: 'Mitä he tarvitsevat palvelulta tai hankkeelta?',
        sv: 'Vad behöver de av tjänsten eller projektet?',
      },
      ...stakeholders.area(1, 0),
    },
    {
      key: 'offers',
      title: { en: 'What they offer', fi: 'Mitä he tarjoavat', sv: 'Vad de erbjuder' },
      prompt: {
        en: 'What can they bring: knowledge, data, money, contacts, time?',
        fi: 'Mitä he voivat tuoda: osaamista, tietoa, rahaa, kontakteja, aikaa?',
        sv: 'Vad kan de bidra med: kunskap, data, pengar, kontakter, tid?',
      },
      ...stakeholders.area(2, 0),
    },
    {
      key: 'fears',
      title: { en: 'What they fear', fi: 'Mitä he pelkäävät', sv: 'Vad de är rädda för' },
      prompt: {
        en: 'What worries them about the change, and what could they lose?',
        fi: 'Mikä muutoksessa huolettaa heitä, ja mitä he voivat menettää?',
        sv: 'Vad oroar dem med förändringen, och vad kan de förlora?',
      },
      ...stakeholders.area(3, 0),
    },
  ],
};
