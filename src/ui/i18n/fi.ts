// Finnish. Loaded only by pages in this language (dist/i18n/fi.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Evästeet ja yksityisyys',
  text: 'Käytämme evästeitä ja vastaavia tekniikoita sivuston toimintaan ja, jos sallit, tilastointiin, mainontaan ja upotettuun sisältöön.',
  policy: 'Tietosuojaseloste',
  accept: 'Hyväksy kaikki',
  reject: 'Hylkää kaikki',
  customise: 'Mukauta',
  prefs: 'Tietosuoja-asetukset',
  intro: 'Valitse, mitä sallit. Voit muuttaa valintojasi milloin tahansa.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  services: 'Palvelut',
  provider: 'Tarjoaja',
  purpose: 'Käyttötarkoitus',
  cookies: 'Evästeet',
  name: 'Nimi',
  service: 'Palvelu',
  expiry: 'Voimassaolo',
  description: 'Kuvaus',
  settings: 'Tietosuoja-asetukset',
  saved: 'Valintasi on tallennettu.',
  choices: 'Tietosuojavalintasi',
  dns: 'Älä myy tai jaa henkilötietojani',
  sale: 'Henkilötietojen myynti ja jakaminen',
  saleText: 'Poista tämä käytöstä kieltääksesi henkilötietojesi myynnin ja niiden jakamisen kohdennettua mainontaa varten.',
  honored: 'Kieltopyyntö huomioitu',
  conflict: 'Selaimesi lähettää kieltosignaalin (Global Privacy Control), joten aiempi lupasi henkilötietojesi myyntiin tai jakamiseen on keskeytetty.',
  confirm: 'Säilytä lupani',
  dismiss: 'Piilota',
  icon: 'California Consumer Privacy Actin (CCPA) kieltokuvake',
};

export default texts;
