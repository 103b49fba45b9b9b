// The sample's service ecosystem around a building permit in a small municipality: how the actors
// of sample-ecosystem-actors.ts relate (service, information, money, regulation, collaboration).
import type { EcosystemSpec, RelationSpec } from './builders';
import { ECOSYSTEM_ACTORS } from './sample-ecosystem-actors';

const R = (
  from: string,
  to: string,
  type: RelationSpec['type'],
  label: string,
  directed = true,
  more: Pick<RelationSpec, 'informal' | 'strength'> = {},
): RelationSpec => ({ from, to, type, label, directed, ...more });
const STRONG = { strength: 3 } as const;
const INFORMAL = { informal: true, strength: 1 } as const;

const RELATIONS: readonly RelationSpec[] = [
  R('rakennusvalvonta', 'hakija', 'service', 'Lupaneuvonta ja lupapäätös', true, STRONG),
  R('hakija', 'lupapalvelu', 'information', 'Hakemus ja liitteet', true, STRONG),
  R('lupapalvelu', 'rakennusvalvonta', 'information', 'Hakemus käsittelyyn'),
  R('hakija', 'rakennusvalvonta', 'money', 'Lupamaksu'),
  R('hakija', 'paasuunnittelija', 'money', 'Suunnittelupalkkio'),
  R('paasuunnittelija', 'hakija', 'service', 'Suunnitelmat ja hakemuksen laatiminen', true, STRONG),
  R('paasuunnittelija', 'rakennusvalvonta', 'collaboration', 'Ennakkoneuvottelu', false),
  R('asiakaspalvelu', 'hakija', 'service', 'Puhelin- ja tiskineuvonta'),
  R('asiakaspalvelu', 'rakennusvalvonta', 'information', 'Soittopyynnöt ja kysymykset'),
  R('lautakunta', 'rakennusvalvonta', 'regulation', 'Toimivallan siirto ja linjaukset'),
  R('rakennusvalvonta', 'lautakunta', 'information', 'Poikkeamiset päätettäviksi'),
  R('kaavoitus', 'rakennusvalvonta', 'collaboration', 'Kaavamääräysten tulkinta', false),
  R('kaavoitus', 'hakija', 'regulation', 'Kaavamääräykset'),
  R('ymparisto', 'rakennusvalvonta', 'information', 'Lausunto jätevesijärjestelmästä'),
  R('vesihuolto', 'hakija', 'service', 'Vesi- ja viemäriliittymä'),
  R('hakija', 'vesihuolto', 'money', 'Liittymismaksu'),
  R('hakija', 'naapurit', 'information', 'Kuuleminen hankkeesta'),
  R('naapurit', 'rakennusvalvonta', 'information', 'Suostumus tai muistutus'),
  R('taloyhtio', 'lupapalvelu', 'information', 'Hakemus ja yhtiökokouksen päätös'),
  R('rakennusliike', 'hakija', 'service', 'Rakentaminen urakalla'),
  R('hakija', 'rakennusliike', 'money', 'Urakkahinta'),
  R('tyonjohtaja', 'rakennusvalvonta', 'information', 'Aloitusilmoitus ja tarkastusasiakirja'),
  R('rakennusvalvonta', 'tyonjohtaja', 'regulation', 'Katselmukset'),
  R('rakennusliike', 'tyonjohtaja', 'collaboration', 'Työmaan johtaminen', false),
  R('pelastuslaitos', 'rakennusvalvonta', 'information', 'Lausunto paloturvallisuudesta'),
  R('pelastuslaitos', 'hakija', 'regulation', 'Tulisijojen paloturvallisuusvaatimukset'),
  R('kirjasto', 'hakija', 'service', 'Digituki hakemuksen tekoon'),
  R('kirjasto', 'marthat', 'collaboration', 'Yhteiset digineuvontapäivät', false),
  R('tietohallinto', 'rakennusvalvonta', 'service', 'Asianhallinta ja karttapalvelu'),
  R('tietohallinto', 'lupapalvelu', 'collaboration', 'Rajapinnat ja käyttäjähallinta', false),
  R('rakennesuunnittelija', 'paasuunnittelija', 'service', 'Rakennesuunnitelmat'),
  R('energiayhtio', 'hakija', 'service', 'Sähköliittymä'),
  R('energiayhtio', 'taloyhtio', 'collaboration', 'Aurinkovoimalan verkkoonliitäntä', false),
  R('ely', 'kaavoitus', 'regulation', 'Alueidenkäytön ohjaus'),
  R('ely', 'rakennusvalvonta', 'information', 'Lausunto rantarakentamisesta'),
  R('mml', 'rakennusvalvonta', 'information', 'Kiinteistö- ja karttatiedot'),
  R('mml', 'lupapalvelu', 'information', 'Kiinteistörajat ja omistajatiedot'),
  R('dvv', 'lupapalvelu', 'service', 'Suomi.fi-tunnistus ja -valtuudet'),
  R('rakennusvalvonta', 'syke', 'information', 'Lupapäätökset ja rakennustiedot rekisteriin'),
  R('ym', 'rakennusvalvonta', 'regulation', 'Rakentamislaki ja ohjeet'),
  R('vm', 'rakennusvalvonta', 'service', 'Digitalisaation mentorointi'),
  R('museo', 'rakennusvalvonta', 'information', 'Lausunto kulttuuriympäristöstä'),
  R('naapurikunnat', 'rakennusvalvonta', 'collaboration', 'Sijaisuudet ja yhteinen neuvontapäivä', false, INFORMAL),
  R('pankki', 'hakija', 'money', 'Rakennuslaina'),
  R('hakija', 'pankki', 'information', 'Lupapäätös ja kustannusarvio lainan ehtona'),
  R('vakuutus', 'hakija', 'service', 'Rakennusaikainen vakuutus'),
  R('rautakauppa', 'hakija', 'information', 'Neuvoja saunapaketin luvista', true, INFORMAL),
  R('kylayhdistys', 'hakija', 'information', 'Vertaistuki kyläryhmässä', true, INFORMAL),
  R('byaforening', 'asiakaspalvelu', 'information', 'Toive palvelusta ruotsiksi'),
  R('omakotiyhdistys', 'hakija', 'service', 'Rakennusneuvonta jäsenille'),
  R('amk', 'rakennusvalvonta', 'collaboration', 'Opiskelijoiden hakijahaastattelut', false),
  R('tutkimus', 'ym', 'information', 'Tutkimustieto tietomallipohjaisesta luvasta'),
  R('rakennusvalvonta', 'lehti', 'information', 'Kuulutukset'),
  R('lehti', 'hakija', 'information', 'Kuulutukset ja juttuja lupa-asioista'),
  R('kesaasukkaat', 'lupapalvelu', 'information', 'Hakemukset etänä'),
];

export const ECOSYSTEM: EcosystemSpec & { title: string } = {
  title: 'Rakentamisluvan ekosysteemi',
  ringNames: ['Ydin', 'Suorat toimijat', 'Välilliset toimijat'],
  radii: [200, 480, 780],
  // The editor draws rings around (0, 0), each 300 board units wide (shared/ecosystem).
  centre: { x: 0, y: 0 },
  actors: ECOSYSTEM_ACTORS,
  relations: RELATIONS,
};
