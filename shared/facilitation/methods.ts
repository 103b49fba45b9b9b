import type { Language } from '../i18n/languages';

type Localised = Record<Language, string>;

/** A common workshop method the facilitator can insert into an agenda as a block. */
export interface WorkshopMethod {
  id: string;
  minutes: number;
  title: Localised;
  purpose: Localised;
  instructions: Localised;
}

/**
 * The method library. Ids are kept in saved agendas (`methodId`), so they never change; a method
 * removed later leaves blocks that still carry their own copied texts.
 */
export const WORKSHOP_METHODS: readonly WorkshopMethod[] = [
  {
    id: 'check-in',
    minutes: 10,
    title: { en: 'Check-in', fi: 'Alkukierros', sv: 'Incheckning' },
    purpose: {
      en: 'Everyone arrives, is heard once and knows why we are here.',
      fi: 'Jokainen pääsee kerran ääneen, ja kaikki tietävät, miksi olemme koolla.',
      sv: 'Alla kommer till tals en gång och vet varför vi är här.',
    },
    instructions: {
      en: 'Each participant in turn says their name, their part in the service and one expectation for today, in one or two sentences. The facilitator goes first and keeps time.',
      fi: 'Jokainen kertoo vuorollaan nimensä, roolinsa palvelussa ja yhden odotuksen tälle päivälle yhdellä tai kahdella lauseella. Fasilitaattori aloittaa ja pitää huolen ajasta.',
      sv: 'Var och en berättar i tur och ordning sitt namn, sin roll i tjänsten och en förväntning på dagen, med en eller två meningar. Facilitatorn börjar och håller tiden.',
    },
  },
  {
    id: 'stakeholder-mapping',
    minutes: 30,
    title: { en: 'Stakeholder mapping', fi: 'Sidosryhmäkartoitus', sv: 'Intressentkartläggning' },
    purpose: {
      en: 'See who takes part in the service, who it affects and how they relate to each other.',
      fi: 'Nähdään, ketkä osallistuvat palveluun, keihin se vaikuttaa ja miten he liittyvät toisiinsa.',
      sv: 'Se vilka som deltar i tjänsten, vilka den berör och hur de hänger ihop.',
    },
    instructions: {
      en: 'Write each stakeholder on a note: public, private and third-sector actors and the people who use the service. Place them on the ecosystem map by how close they are to the service, then draw the most important relations. Finish by asking who is missing.',
      fi: 'Kirjoittakaa jokainen sidosryhmä omalle lapulleen: julkiset, yksityiset ja kolmannen sektorin toimijat sekä palvelun käyttäjät. Sijoittakaa ne ekosysteemikartalle sen mukaan, kuinka lähellä palvelua ne ovat, ja piirtäkää tärkeimmät suhteet. Kysykää lopuksi, kuka puuttuu.',
      sv: 'Skriv varje intressent på en egen lapp: offentliga, privata och ideella aktörer samt de som använder tjänsten. Placera dem på ekosystemkartan efter hur nära tjänsten de står och rita de viktigaste relationerna. Fråga till sist vem som saknas.',
    },
  },
  {
    id: 'empathy-map',
    minutes: 30,
    title: { en: 'Empathy map', fi: 'Empatiakartta', sv: 'Empatikarta' },
    purpose: {
      en: 'Build a shared picture of what a customer says, thinks, does and feels.',
      fi: 'Muodostetaan yhteinen kuva siitä, mitä asiakas sanoo, ajattelee, tekee ja tuntee.',
      sv: 'Skapa en gemensam bild av vad en kund säger, tänker, gör och känner.',
    },
    instructions: {
      en: 'Choose one customer or persona. In small groups, fill in on the empathy map what they say, think, do and feel, from what you have heard from real customers. Then share the most surprising findings with the others.',
      fi: 'Valitkaa yksi asiakas tai persoona. Täyttäkää pienryhmissä empatiakarttaan, mitä hän sanoo, ajattelee, tekee ja tuntee, oikeilta asiakkailta kuulemanne pohjalta. Kertokaa sitten muille yllättävimmät havainnot.',
      sv: 'Välj en kund eller persona. Fyll i smågrupper i på empatikartan vad personen säger, tänker, gör och känner, utifrån det ni har hört av riktiga kunder. Berätta sedan för de andra om de mest överraskande iakttagelserna.',
    },
  },
  {
    id: 'journey-walk-through',
    minutes: 40,
    title: { en: 'Journey walk-through', fi: 'Palvelupolun läpikäynti', sv: 'Genomgång av kundresan' },
    purpose: {
      en: 'Go through the service step by step as the customer experiences it, and find the pain points.',
      fi: 'Käydään palvelu läpi vaihe vaiheelta asiakkaan kokemana ja tunnistetaan kipukohdat.',
      sv: 'Gå igenom tjänsten steg för steg så som kunden upplever den och hitta smärtpunkterna.',
    },
    instructions: {
      en: 'Show the journey on the screen. Go through the stages in order; at each stage ask what the customer does, thinks and feels, and what happens behind the scenes. Mark pain points and ideas on notes in the right stage.',
      fi: 'Näyttäkää palvelupolku näytöllä. Käykää vaiheet läpi järjestyksessä ja kysykää kussakin vaiheessa, mitä asiakas tekee, ajattelee ja tuntee ja mitä kulissien takana tapahtuu. Merkitkää kipukohdat ja ideat lapuille oikeaan vaiheeseen.',
      sv: 'Visa kundresan på skärmen. Gå igenom stegen i ordning och fråga vid varje steg vad kunden gör, tänker och känner och vad som händer bakom kulisserna. Markera smärtpunkter och idéer på lappar vid rätt steg.',
    },
  },
  {
    id: 'how-might-we',
    minutes: 20,
    title: { en: 'How might we', fi: 'Miten voisimme', sv: 'Hur skulle vi kunna' },
    purpose: {
      en: 'Turn the problems found into questions that open the way to ideas.',
      fi: 'Muotoillaan löydetyt ongelmat kysymyksiksi, jotka avaavat tilaa ideoille.',
      sv: 'Gör om de problem som hittats till frågor som öppnar för idéer.',
    },
    instructions: {
      en: 'Pick the most important pain points. Rewrite each as a question that starts with “How might we…”, neither too broad nor too narrow. Collect the questions on the canvas and choose the ones to find ideas for.',
      fi: 'Valitkaa tärkeimmät kipukohdat. Muotoilkaa kustakin kysymys, joka alkaa sanoilla ”Miten voisimme…” ja joka ei ole liian laaja eikä liian kapea. Kootkaa kysymykset kanvaasille ja valitkaa ne, joihin ideoidaan ratkaisuja.',
      sv: 'Välj de viktigaste smärtpunkterna. Skriv om var och en till en fråga som börjar med ”Hur skulle vi kunna…”, varken för bred eller för snäv. Samla frågorna på kanvasen och välj dem ni vill hitta idéer till.',
    },
  },
  {
    id: 'brainwriting',
    minutes: 20,
    title: { en: 'Brainwriting', fi: 'Aivokirjoitus', sv: 'Tyst idéskrivning' },
    purpose: {
      en: 'Produce many ideas quickly, with every voice heard, not only the loudest.',
      fi: 'Tuotetaan nopeasti paljon ideoita niin, että jokaisen ääni kuuluu eikä vain äänekkäimpien.',
      sv: 'Ta fram många idéer snabbt så att allas röst hörs, inte bara de mest högljuddas.',
    },
    instructions: {
      en: 'Each participant writes three ideas in silence in five minutes, then passes the sheet on; the next person builds on them. After three rounds, put the ideas on the board and group similar ones.',
      fi: 'Jokainen kirjoittaa hiljaa viidessä minuutissa kolme ideaa ja antaa paperin seuraavalle, joka jatkaa niiden pohjalta. Kolmen kierroksen jälkeen viekää ideat taululle ja ryhmitelkää samankaltaiset yhteen.',
      sv: 'Var och en skriver under tystnad tre idéer på fem minuter och skickar sedan pappret vidare; nästa person bygger vidare på dem. Efter tre rundor sätts idéerna upp på tavlan och liknande idéer grupperas.',
    },
  },
  {
    id: 'dot-voting',
    minutes: 10,
    title: { en: 'Dot voting', fi: 'Pisteäänestys', sv: 'Prickröstning' },
    purpose: {
      en: 'Choose together which ideas or problems to take forward.',
      fi: 'Valitaan yhdessä, mitkä ideat tai ongelmat viedään eteenpäin.',
      sv: 'Välj tillsammans vilka idéer eller problem som tas vidare.',
    },
    instructions: {
      en: 'Each participant has three votes to place on the notes they find most important; several votes on one note are allowed. Vote in silence, then look at the result together and agree what to take forward.',
      fi: 'Jokaisella on kolme ääntä, jotka hän antaa tärkeimpinä pitämilleen lapuille; samalle lapulle saa antaa useamman äänen. Äänestäkää hiljaa, katsokaa sitten tulos yhdessä ja sopikaa, mitä viedään eteenpäin.',
      sv: 'Var och en har tre röster att sätta på de lappar hon eller han anser viktigast; flera röster på samma lapp är tillåtet. Rösta under tystnad, titta sedan på resultatet tillsammans och kom överens om vad som tas vidare.',
    },
  },
  {
    id: 'impact-effort',
    minutes: 20,
    title: { en: 'Impact and effort', fi: 'Hyöty ja vaiva', sv: 'Nytta och insats' },
    purpose: {
      en: 'Sort ideas by how much they help and how much work they take, to find the quick wins.',
      fi: 'Lajitellaan ideat sen mukaan, kuinka paljon ne auttavat ja kuinka paljon työtä ne vaativat, ja löydetään nopeat voitot.',
      sv: 'Sortera idéerna efter hur mycket de hjälper och hur mycket arbete de kräver, och hitta de snabba vinsterna.',
    },
    instructions: {
      en: 'Draw two axes: benefit to customers and effort to carry out. Place the ideas on the grid together after a short discussion of each. Circle the ideas with high benefit and low effort.',
      fi: 'Piirtäkää kaksi akselia: hyöty asiakkaille ja toteutuksen vaiva. Sijoittakaa ideat yhdessä nelikenttään lyhyen keskustelun jälkeen. Ympyröikää ideat, joiden hyöty on suuri ja vaiva pieni.',
      sv: 'Rita två axlar: nytta för kunderna och insats för att genomföra. Placera idéerna i fältet tillsammans efter en kort diskussion om var och en. Ringa in idéerna med stor nytta och liten insats.',
    },
  },
  {
    id: 'energiser',
    minutes: 5,
    title: { en: 'Energiser', fi: 'Piristyshetki', sv: 'Energikick' },
    purpose: {
      en: 'Wake the group up after a break or a long time sitting.',
      fi: 'Herätellään ryhmää tauon tai pitkän istumisen jälkeen.',
      sv: 'Väck gruppen efter en paus eller efter att ha suttit länge.',
    },
    instructions: {
      en: 'A short, light activity that gets people moving: for example, everyone stands up and lines up by how far they travelled today. Taking part is voluntary; keep it under five minutes.',
      fi: 'Lyhyt ja kevyt harjoitus, joka saa liikkeelle: esimerkiksi kaikki nousevat seisomaan ja asettuvat jonoon sen mukaan, kuinka kaukaa tulivat tänään. Osallistuminen on vapaaehtoista, ja harjoitus kestää alle viisi minuuttia.',
      sv: 'En kort och lätt övning som får folk att röra på sig: till exempel ställer sig alla upp på en rad efter hur långt de har rest i dag. Det är frivilligt att delta, och övningen tar under fem minuter.',
    },
  },
  {
    id: 'wrap-up',
    minutes: 10,
    title: { en: 'Wrap-up', fi: 'Yhteenveto ja lopetus', sv: 'Avslutning' },
    purpose: {
      en: 'Close the session: what we decided, who does what next, and how it felt.',
      fi: 'Päätetään työpaja: mitä päätimme, kuka tekee mitä seuraavaksi ja miltä työskentely tuntui.',
      sv: 'Avsluta workshoppen: vad vi beslutade, vem som gör vad härnäst och hur det kändes.',
    },
    instructions: {
      en: 'Read out the decisions and action items with their owners and dates. Go through the parked questions and agree where each one goes. End with a round: one word or sentence about the session from everyone.',
      fi: 'Lukekaa ääneen päätökset ja tehtävät vastuuhenkilöineen ja määräaikoineen. Käykää läpi parkkiin jätetyt kysymykset ja sopikaa, mihin kukin viedään. Lopettakaa kierrokseen, jossa jokainen sanoo työpajasta yhden sanan tai lauseen.',
      sv: 'Läs upp besluten och åtgärderna med ansvariga och datum. Gå igenom de parkerade frågorna och kom överens om vart var och en tas. Avsluta med en runda där alla säger ett ord eller en mening om workshoppen.',
    },
  },
];

export function findMethod(id: string | null): WorkshopMethod | undefined {
  return id === null ? undefined : WORKSHOP_METHODS.find((m) => m.id === id);
}
