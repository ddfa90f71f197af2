// Icelandic. Loaded only by pages in this language (dist/i18n/is.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Vafrakökur og persónuvernd',
  text: 'Við notum vafrakökur og svipaða tækni til að reka þennan vef og, ef þú leyfir, fyrir tölfræði, auglýsingar og ívafið efni.',
  policy: 'Persónuverndarstefna',
  accept: 'Samþykkja allt',
  reject: 'Hafna öllu',
  customise: 'Sérsníða',
  prefs: 'Persónuverndarstillingar',
  intro: 'Veldu hvað þú leyfir. Þú getur breytt vali þínu hvenær sem er.',
  save: 'Vista val',
  close: 'Loka',
  alwaysOn: 'Alltaf virkt',
  services: 'Þjónustur',
  provider: 'Veitandi',
  purpose: 'Tilgangur',
  cookies: 'Vafrakökur',
  name: 'Heiti',
  service: 'Þjónusta',
  expiry: 'Gildistími',
  description: 'Lýsing',
  settings: 'Persónuverndarstillingar',
  saved: 'Val þitt hefur verið vistað.',
  choices: 'Persónuverndarval þitt',
  dns: 'Ekki selja eða deila persónuupplýsingum mínum',
  sale: 'Sala og miðlun persónuupplýsinga',
  saleText: 'Slökktu á þessu til að afþakka sölu persónuupplýsinga þinna og miðlun þeirra vegna markvissra auglýsinga.',
  honored: 'Beiðni um afþökkun virt',
  conflict: 'Vafrinn þinn sendir afþökkunarmerki (Global Privacy Control), svo fyrra leyfi þitt til að selja eða deila persónuupplýsingum þínum er í bið.',
  confirm: 'Halda leyfinu',
  dismiss: 'Fela',
  icon: 'Afþökkunartákn California Consumer Privacy Act (CCPA)',
};

export default texts;
