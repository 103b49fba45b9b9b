// Canvases for framing and deciding: the design brief, SWOT, the impact/effort matrix, the
// "How might we…" board and the blank canvas.
import type { CanvasTemplate } from './canvas-template';
import { trackGrid } from './layout';
import { COMMON_PRACTICE } from './sources';

// Read like a one-page brief: the problem first and widest, the practicalities in the middle row,
// what we expect to hand over last.
const brief = trackGrid([512, 512, 512], [304, 304, 304]);

export const designBrief: CanvasTemplate = {
  id: 'design-brief',
  name: { en: 'Design brief', fi: 'Suunnittelubriiffi', sv: 'Designbrief' },
  description: {
    en: 'Agree on the problem, the people, the goals and the limits before the work starts.',
    fi: 'Sopikaa ongelmasta, ihmisistä, tavoitteista ja reunaehdoista ennen työn aloittamista.',
    sv: 'Kom överens om problemet, människorna, målen och ramarna innan arbetet börjar.',
  },
  source: COMMON_PRACTICE,
  size: brief.size,
  sections: [
    {
      key: 'problem',
      title: { en: 'Problem', fi: 'Ongelma', sv: 'Problem' },
      prompt: {
        en: 'What problem are we solving, and why now?',
        fi: 'Minkä ongelman ratkaisemme, ja miksi juuri nyt?',
        sv: 'Vilket problem löser vi, och varför just nu?',
      },
      ...brief.area(0, 0, 2),
    },
    {
      key: 'service-users',
      title: { en: 'Service users', fi: 'Palvelun käyttäjät', sv: 'Tjänstens användare' },
      prompt: {
        en: 'Who uses the service, and who else is affected?',
        fi: 'Ketkä käyttävät palvelua, ja keihin muihin se vaikuttaa?',
        sv: 'Vilka använder tjänsten, och vilka andra påverkas?',
      },
      ...brief.area(2, 0),
    },
    {
      key: 'goals',
      title: { en: 'Goals', fi: 'Tavoitteet', sv: 'Mål' },
      prompt: {
        en: 'What should be different when the work is done?',
        fi: 'Minkä pitäisi olla toisin, kun työ on valmis?',
        sv: 'Vad ska vara annorlunda när arbetet är klart?',
      },
      ...brief.area(0, 1),
    },
    {
      key: 'time-budget',
      title: { en: 'Time and budget', fi: 'Aikataulu ja budjetti', sv: 'Tidsplan och budget' },
      prompt: {
        en: 'Deadlines, milestones, and the money and working time available.',
        fi: 'Määräajat, välitavoitteet sekä käytettävissä oleva raha ja työaika.',
        sv: 'Tidsgränser, delmål samt tillgängliga pengar och arbetstid.',
      },
      ...brief.area(1, 1),
    },
    {
      key: 'constraints',
      title: { en: 'Constraints', fi: 'Rajoitteet', sv: 'Begränsningar' },
      prompt: {
        en: 'Laws, policies, systems and decisions we must work within.',
        fi: 'Lait, linjaukset, järjestelmät ja päätökset, joiden puitteissa toimimme.',
        sv: 'Lagar, riktlinjer, system och beslut som vi måste hålla oss inom.',
      },
      ...brief.area(2, 1),
    },
    {
      key: 'risks',
      title: { en: 'Risks', fi: 'Riskit', sv: 'Risker' },
      prompt: {
        en: 'What could go wrong, and what would we do then?',
        fi: 'Mikä voi mennä pieleen, ja mitä silloin teemme?',
        sv: 'Vad kan gå fel, och vad gör vi då?',
      },
      ...brief.area(0, 2),
    },
    {
      key: 'expected-outcomes',
      title: { en: 'Expected outcomes', fi: 'Odotetut tulokset', sv: 'Förväntade resultat' },
      prompt: {
        en: 'What will we hand over, and how will we know it worked?',
        fi: 'Mitä luovutamme, ja mistä tiedämme, että se toimi?',
        sv: 'Vad lämnar vi över, och hur vet vi att det fungerade?',
      },
      ...brief.area(1, 2, 2),
    },
  ],
};

// Internal factors on the top row, external ones on the bottom; helpful left, harmful right.
const swotGrid = trackGrid([704, 704], [432, 432]);

export const swot: CanvasTemplate = {
  id: 'swot',
  name: { en: 'SWOT analysis', fi: 'SWOT-analyysi', sv: 'SWOT-analys' },
  description: {
    en: 'Strengths and weaknesses inside the organisation, opportunities and threats outside it.',
    fi: 'Vahvuudet ja heikkoudet organisaation sisällä, mahdollisuudet ja uhat sen ulkopuolella.',
    sv: 'Styrkor och svagheter inom organisationen, möjligheter och hot utanför den.',
  },
  source: COMMON_PRACTICE,
  size: swotGrid.size,
  sections: [
    {
      key: 'strengths',
      title: { en: 'Strengths', fi: 'Vahvuudet', sv: 'Styrkor' },
      prompt: {
        en: 'What do we do well? What advantages do we have?',
        fi: 'Missä olemme hyviä? Mitä etuja meillä on?',
        sv: 'Vad gör vi bra? Vilka fördelar har vi?',
      },
      ...swotGrid.area(0, 0),
    },
    {
      key: 'weaknesses',
      title: { en: 'Weaknesses', fi: 'Heikkoudet', sv: 'Svagheter' },
      prompt: {
        en: 'Where do we fall short? What holds us back?',
        fi: 'Missä meillä on puutteita? Mikä jarruttaa meitä?',
        sv: 'Var brister vi? Vad håller oss tillbaka?',
      },
      ...swotGrid.area(1, 0),
    },
    {
      key: 'opportunities',
      title: { en: 'Opportunities', fi: 'Mahdollisuudet', sv: 'Möjligheter' },
      prompt: {
        en: 'Which changes or trends outside could we make use of?',
        fi: 'Mitä ulkoisia muutoksia tai suuntauksia voisimme hyödyntää?',
        sv: 'Vilka yttre förändringar eller trender kan vi dra nytta av?',
      },
      ...swotGrid.area(0, 1),
    },
    {
      key: 'threats',
      title: { en: 'Threats', fi: 'Uhat', sv: 'Hot' },
      prompt: {
        en: 'Which changes outside could harm us or the people we serve?',
        fi: 'Mitkä ulkoiset muutokset voivat vahingoittaa meitä tai palvelemiamme ihmisiä?',
        sv: 'Vilka yttre förändringar kan skada oss eller dem vi betjänar?',
      },
      ...swotGrid.area(1, 1),
    },
  ],
};

// Impact grows upwards and effort to the right, so quick wins sit top-left as teams draw it.
const matrix = trackGrid([672, 672], [432, 432]);

export const impactEffort: CanvasTemplate = {
  id: 'impact-effort',
  name: {
    en: 'Impact / effort matrix',
    fi: 'Priorisointinelikenttä: vaikutus ja työmäärä',
    sv: 'Prioriteringsmatris: effekt och insats',
  },
  description: {
    en: 'Place each idea by its impact and the effort it takes, then start with the quick wins.',
    fi: 'Sijoita jokainen idea vaikutuksen ja työmäärän mukaan ja aloita nopeista voitoista.',
    sv: 'Placera varje idé efter effekt och insats, och börja med de snabba vinsterna.',
  },
  source: COMMON_PRACTICE,
  size: matrix.size,
  freePlacement: true,
  axes: {
    x: { en: 'Effort', fi: 'Työmäärä', sv: 'Insats' },
    y: { en: 'Impact', fi: 'Vaikutus', sv: 'Effekt' },
  },
  sections: [
    {
      key: 'quick-wins',
      title: { en: 'Quick wins', fi: 'Nopeat voitot', sv: 'Snabba vinster' },
      prompt: {
        en: 'High impact, little effort: do these first.',
        fi: 'Suuri vaikutus, pieni työmäärä: nämä ensin.',
        sv: 'Stor effekt, liten insats: gör dessa först.',
      },
      ...matrix.area(0, 0),
    },
    {
      key: 'major-projects',
      title: { en: 'Major projects', fi: 'Isot hankkeet', sv: 'Stora projekt' },
      prompt: {
        en: 'High impact, much effort: plan them and find the resources.',
        fi: 'Suuri vaikutus, suuri työmäärä: suunnitellaan ja resursoidaan.',
        sv: 'Stor effekt, stor insats: planera och avsätt resurser.',
      },
      ...matrix.area(1, 0),
    },
    {
      key: 'fill-ins',
      title: { en: 'Fill-ins', fi: 'Täytetehtävät', sv: 'Utfyllnadsuppgifter' },
      prompt: {
        en: 'Little impact, little effort: do them when there is time.',
        fi: 'Pieni vaikutus, pieni työmäärä: tehdään, kun ehditään.',
        sv: 'Liten effekt, liten insats: gör dem när det finns tid.',
      },
      ...matrix.area(0, 1),
    },
    {
      key: 'thankless-tasks',
      title: { en: 'Thankless tasks', fi: 'Kiittämättömät tehtävät', sv: 'Otacksamma uppgifter' },
      prompt: {
        en: 'Little impact, much effort: drop them or rethink.',
        fi: 'Pieni vaikutus, suuri työmäärä: jätetään pois tai mietitään uudelleen.',
        sv: 'Liten effekt, stor insats: stryk dem eller tänk om.',
      },
      ...matrix.area(1, 1),
    },
  ],
};

// The challenge across the top; questions get the most room, voting moves the best to the right.
const hmw = trackGrid([512, 512, 512], [176, 376, 376]);

export const howMightWe: CanvasTemplate = {
  id: 'how-might-we',
  name: { en: 'How might we…', fi: 'Miten voisimme…', sv: 'Hur skulle vi kunna…' },
  description: {
    en: 'Turn a challenge into “How might we…” questions, then vote for the ones to take forward.',
    fi: 'Muotoile haasteesta ”Miten voisimme…” -kysymyksiä ja äänestäkää, mitä viedään eteenpäin.',
    sv: 'Gör om en utmaning till ”Hur skulle vi kunna…”-frågor och rösta om vilka ni tar vidare.',
  },
  source: COMMON_PRACTICE,
  size: hmw.size,
  sections: [
    {
      key: 'challenge',
      title: { en: 'Challenge', fi: 'Haaste', sv: 'Utmaning' },
      prompt: {
        en: 'The challenge or insight we start from, in one sentence.',
        fi: 'Haaste tai oivallus, josta lähdemme liikkeelle, yhdellä lauseella.',
        sv: 'Utmaningen eller insikten vi utgår från, i en mening.',
      },
      ...hmw.area(0, 0, 3),
    },
    {
      key: 'questions',
      title: { en: 'How might we…?', fi: 'Miten voisimme…?', sv: 'Hur skulle vi kunna…?' },
      prompt: {
        en: 'One question per note, each starting with “How might we…”.',
        fi: 'Yksi kysymys lappua kohden, ja jokainen alkaa sanoilla ”Miten voisimme…”.',
        sv: 'En fråga per lapp, och varje fråga börjar med ”Hur skulle vi kunna…”.',
      },
      ...hmw.area(0, 1, 2, 2),
    },
    {
      key: 'top-picks',
      title: { en: 'Top picks', fi: 'Valitut', sv: 'Utvalda' },
      prompt: {
        en: 'The questions with the most votes, to take forward.',
        fi: 'Eniten ääniä saaneet kysymykset, joita viemme eteenpäin.',
        sv: 'Frågorna med flest röster, som vi tar vidare.',
      },
      ...hmw.area(2, 1),
    },
    {
      key: 'parked',
      title: { en: 'Parked', fi: 'Sivuun jätetyt', sv: 'Parkerade' },
      prompt: {
        en: 'Good questions for later, or outside this project’s scope.',
        fi: 'Hyviä kysymyksiä myöhemmäksi tai tämän hankkeen rajauksen ulkopuolelta.',
        sv: 'Bra frågor för senare eller utanför projektets avgränsning.',
      },
      ...hmw.area(2, 2),
    },
  ],
};

export const blank: CanvasTemplate = {
  // Must stay 'blank': emptyCanvas() in shared/model writes this id.
  id: 'blank',
  name: { en: 'Blank canvas', fi: 'Tyhjä kanvaasi', sv: 'Tom kanvas' },
  description: {
    en: 'No sections: draw your own areas and name them.',
    fi: 'Ei valmiita alueita: piirrä ja nimeä omat alueesi.',
    sv: 'Inga färdiga områden: rita och namnge dina egna.',
  },
  source: COMMON_PRACTICE,
  size: { width: 1600, height: 1000 },
  sections: [],
};
