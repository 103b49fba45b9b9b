// Strategyzer's two canvases, redrawn as rectangles on Kartta's grid with Kartta's own prompts.
// Titles keep the names practitioners know, in the forms Finnish and Swedish guides use.
import type { CanvasTemplate } from './canvas-template';
import { trackGrid } from './layout';

// Ten equal columns: each of the five top columns spans two, each bottom block spans five, so the
// bottom row splits exactly under Value Propositions as on the original.
const bmc = trackGrid(Array<number>(10).fill(146), [320, 320, 320]);

export const businessModelCanvas: CanvasTemplate = {
  id: 'business-model-canvas',
  name: { en: 'Business Model Canvas', fi: 'Liiketoimintamallikanvaasi', sv: 'Affärsmodellkanvas' },
  description: {
    en: 'Nine building blocks that describe how a service creates, delivers and funds value.',
    fi: 'Yhdeksän osa-aluetta, jotka kuvaavat, miten palvelu tuottaa, toimittaa ja rahoittaa arvoa.',
    sv: 'Nio byggstenar som beskriver hur en tjänst skapar, levererar och finansierar värde.',
  },
  source: {
    credit: 'Business Model Canvas by Strategyzer AG (strategyzer.com); layout redrawn and prompts written for Kartta',
    licence: 'CC BY-SA 3.0 (creativecommons.org/licenses/by-sa/3.0); this adaptation is shared under the same licence',
  },
  size: bmc.size,
  sections: [
    {
      key: 'key-partners',
      title: { en: 'Key Partners', fi: 'Avainkumppanit', sv: 'Nyckelpartner' },
      prompt: {
        en: 'Who are our key partners and suppliers, and what do they do for us?',
        fi: 'Ketkä ovat tärkeimmät kumppanimme ja toimittajamme, ja mitä he tekevät puolestamme?',
        sv: 'Vilka är våra viktigaste partner och leverantörer, och vad gör de för oss?',
      },
      ...bmc.area(0, 0, 2, 2),
    },
    {
      key: 'key-activities',
      title: { en: 'Key Activities', fi: 'Avaintoiminnot', sv: 'Nyckelaktiviteter' },
      prompt: {
        en: 'What must we do well to deliver the value proposition?',
        fi: 'Mitä meidän on tehtävä hyvin, jotta arvolupaus toteutuu?',
        sv: 'Vad måste vi göra bra för att leverera värdeerbjudandet?',
      },
      ...bmc.area(2, 0, 2),
    },
    {
      key: 'key-resources',
      title: { en: 'Key Resources', fi: 'Avainresurssit', sv: 'Nyckelresurser' },
      prompt: {
        en: 'What people, skills, data, premises and money does it take?',
        fi: 'Mitä ihmisiä, osaamista, tietoa, tiloja ja rahaa tarvitaan?',
        sv: 'Vilka människor, kompetenser, data, lokaler och pengar behövs?',
      },
      ...bmc.area(2, 1, 2),
    },
    {
      key: 'value-propositions',
      title: { en: 'Value Propositions', fi: 'Arvolupaus', sv: 'Värdeerbjudande' },
      prompt: {
        en: 'What value do we create, and whose problem do we solve?',
        fi: 'Mitä arvoa tuotamme, ja kenen ongelman ratkaisemme?',
        sv: 'Vilket värde skapar vi, och vems problem löser vi?',
      },
      ...bmc.area(4, 0, 2, 2),
    },
    {
      key: 'customer-relationships',
      title: { en: 'Customer Relationships', fi: 'Asiakassuhteet', sv: 'Kundrelationer' },
      prompt: {
        en: 'What kind of relationship does each customer segment expect from us?',
        fi: 'Millaista suhdetta kukin asiakassegmentti meiltä odottaa?',
        sv: 'Vilken sorts relation förväntar sig varje kundsegment av oss?',
      },
      ...bmc.area(6, 0, 2),
    },
    {
      key: 'channels',
      title: { en: 'Channels', fi: 'Kanavat', sv: 'Kanaler' },
      prompt: {
        en: 'Through which channels do we reach people and deliver the service?',
        fi: 'Missä kanavissa tavoitamme asiakkaat ja tuotamme palvelun?',
        sv: 'Genom vilka kanaler når vi kunderna och levererar tjänsten?',
      },
      ...bmc.area(6, 1, 2),
    },
    {
      key: 'customer-segments',
      title: { en: 'Customer Segments', fi: 'Asiakassegmentit', sv: 'Kundsegment' },
      prompt: {
        en: 'For whom do we create value? Who are the most important?',
        fi: 'Kenelle tuotamme arvoa? Ketkä ovat tärkeimmät?',
        sv: 'För vem skapar vi värde? Vilka är viktigast?',
      },
      ...bmc.area(8, 0, 2, 2),
    },
    {
      key: 'cost-structure',
      title: { en: 'Cost Structure', fi: 'Kustannusrakenne', sv: 'Kostnadsstruktur' },
      prompt: {
        en: 'What are the biggest costs, and which activities and resources cause them?',
        fi: 'Mitkä ovat suurimmat kustannukset, ja mitkä toiminnot ja resurssit aiheuttavat ne?',
        sv: 'Vilka är de största kostnaderna, och vilka aktiviteter och resurser orsakar dem?',
      },
      ...bmc.area(0, 2, 5),
    },
    {
      key: 'revenue-streams',
      title: { en: 'Revenue Streams', fi: 'Tulovirrat', sv: 'Intäktsströmmar' },
      prompt: {
        en: 'What pays for the service: fees, sales, grants or budget funding?',
        fi: 'Mistä palvelun rahoitus tulee: maksuista, myynnistä, avustuksista vai budjetista?',
        sv: 'Vad finansierar tjänsten: avgifter, försäljning, bidrag eller budgetmedel?',
      },
      ...bmc.area(5, 2, 5),
    },
  ],
};

// Value map (columns 0–1) and customer profile (columns 3–4) mirror each other as on the original;
// the empty column 2 keeps the two halves visibly apart, where the original has its "fit" arrows.
const vpc = trackGrid([368, 368, 64, 368, 368], [472, 472]);

export const valuePropositionCanvas: CanvasTemplate = {
  id: 'value-proposition-canvas',
  name: { en: 'Value Proposition Canvas', fi: 'Arvolupauskanvaasi', sv: 'Värdeerbjudandekanvas' },
  description: {
    en: 'Value map on the left, customer profile on the right: does what we offer fit what people need?',
    fi: 'Vasemmalla arvokartta, oikealla asiakasprofiili: vastaako tarjoamamme sitä, mitä ihmiset tarvitsevat?',
    sv: 'Värdekarta till vänster, kundprofil till höger: motsvarar det vi erbjuder det människor behöver?',
  },
  source: {
    credit:
      'Value Proposition Canvas by Strategyzer AG (strategyzer.com); layout redrawn and prompts written for Kartta',
    // Strategyzer has published this canvas as "© Strategyzer AG" rather than under an open
    // licence (unlike the Business Model Canvas), so claim nothing more than attribution.
    licence:
      '© Strategyzer AG (not openly licensed); Kartta redraws the layout, writes its own prompts and credits the source',
  },
  size: vpc.size,
  sections: [
    {
      key: 'products-services',
      title: { en: 'Products & Services', fi: 'Tuotteet ja palvelut', sv: 'Produkter och tjänster' },
      prompt: {
        en: 'Which services, products and help do we offer?',
        fi: 'Mitä palveluita, tuotteita ja apua tarjoamme?',
        sv: 'Vilka tjänster, produkter och vilket stöd erbjuder vi?',
      },
      ...vpc.area(0, 0, 1, 2),
    },
    {
      key: 'gain-creators',
      title: { en: 'Gain Creators', fi: 'Hyötyjen tuottajat', sv: 'Vinstskapare' },
      prompt: {
        en: 'How do they create the gains the customer hopes for?',
        fi: 'Miten ne tuottavat hyötyjä, joita asiakas toivoo?',
        sv: 'Hur skapar de de vinster som kunden hoppas på?',
      },
      ...vpc.area(1, 0),
    },
    {
      key: 'pain-relievers',
      title: { en: 'Pain Relievers', fi: 'Kipujen lievittäjät', sv: 'Smärtlindrare' },
      prompt: {
        en: 'How do they ease or remove the customer’s pains?',
        fi: 'Miten ne lievittävät tai poistavat asiakkaan kipukohtia?',
        sv: 'Hur lindrar eller tar de bort kundens smärtpunkter?',
      },
      ...vpc.area(1, 1),
    },
    {
      key: 'gains',
      title: { en: 'Gains', fi: 'Hyödyt', sv: 'Vinster' },
      prompt: {
        en: 'What outcomes and benefits does the customer want or hope for?',
        fi: 'Mitä tuloksia ja hyötyjä asiakas haluaa tai toivoo?',
        sv: 'Vilka resultat och fördelar vill kunden ha eller hoppas på?',
      },
      ...vpc.area(3, 0),
    },
    {
      key: 'pains',
      title: { en: 'Pains', fi: 'Kipukohdat', sv: 'Smärtpunkter' },
      prompt: {
        en: 'What annoys, worries or gets in the way before, during or after the job?',
        fi: 'Mikä ärsyttää, huolestuttaa tai on esteenä ennen tehtävää, sen aikana tai jälkeen?',
        sv: 'Vad irriterar, oroar eller står i vägen före, under eller efter uppgiften?',
      },
      ...vpc.area(3, 1),
    },
    {
      key: 'customer-jobs',
      title: { en: 'Customer Jobs', fi: 'Asiakkaan tehtävät', sv: 'Kundens uppgifter' },
      prompt: {
        en: 'What is the customer trying to get done in their work or life?',
        fi: 'Mitä asiakas yrittää saada aikaan työssään tai elämässään?',
        sv: 'Vad försöker kunden få gjort i sitt arbete eller liv?',
      },
      ...vpc.area(4, 0, 1, 2),
    },
  ],
};
