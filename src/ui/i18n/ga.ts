// Irish. Loaded only by pages in this language (dist/i18n/ga.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Fianáin agus príobháideachas',
  text: 'Úsáidimid fianáin agus teicneolaíochtaí cosúil leo chun an suíomh seo a reáchtáil agus, má cheadaíonn tú é, le haghaidh staitisticí, fógraíochta agus ábhair leabaithe.',
  policy: 'Beartas príobháideachais',
  accept: 'Glac le gach rud',
  reject: 'Diúltaigh do gach rud',
  customise: 'Saincheap',
  prefs: 'Roghanna príobháideachais',
  intro: 'Roghnaigh cad a cheadaíonn tú. Is féidir leat do roghanna a athrú am ar bith.',
  save: 'Sábháil roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  services: 'Seirbhísí',
  provider: 'Soláthraí',
  purpose: 'Cuspóir',
  cookies: 'Fianáin',
  name: 'Ainm',
  service: 'Seirbhís',
  expiry: 'Tréimhse',
  description: 'Cur síos',
  settings: 'Socruithe príobháideachais',
  saved: 'Sábháladh do roghanna.',
  choices: 'Do roghanna príobháideachais',
  dns: 'Ná díol ná comhroinn m\'fhaisnéis phearsanta',
  sale: 'Díol agus comhroinnt faisnéise pearsanta',
  saleText: 'Múch é seo chun diúltú do dhíol d\'fhaisnéise pearsanta agus dá comhroinnt le haghaidh fógraíocht spriocdhírithe.',
  honored: 'Iarratas diúltaithe comhlíonta',
  conflict: 'Seolann do bhrabhsálaí comhartha diúltaithe (Global Privacy Control), mar sin tá an cead a thug tú roimhe seo d\'fhaisnéis phearsanta a dhíol nó a chomhroinnt curtha ar fionraí.',
  confirm: 'Coinnigh mo chead',
  dismiss: 'Folaigh',
  icon: 'Deilbhín diúltaithe an California Consumer Privacy Act (CCPA)',
};

export default texts;
