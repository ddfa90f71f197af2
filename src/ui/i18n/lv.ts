// Latvian. Loaded only by pages in this language (dist/i18n/lv.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Sīkdatnes un privātums',
  text: 'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas šīs vietnes darbībai un, ja jūs atļaujat, statistikai, reklāmai un iegultam saturam.',
  policy: 'Privātuma politika',
  accept: 'Pieņemt visas',
  reject: 'Noraidīt visas',
  customise: 'Pielāgot',
  prefs: 'Privātuma iestatījumi',
  intro: 'Izvēlieties, ko atļaujat. Savu izvēli varat mainīt jebkurā laikā.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgts',
  services: 'Pakalpojumi',
  provider: 'Nodrošinātājs',
  purpose: 'Mērķis',
  cookies: 'Sīkdatnes',
  name: 'Nosaukums',
  service: 'Pakalpojums',
  expiry: 'Derīguma termiņš',
  description: 'Apraksts',
  settings: 'Privātuma iestatījumi',
  saved: 'Jūsu izvēle ir saglabāta.',
  choices: 'Jūsu privātuma izvēles',
  dns: 'Nepārdot un nekopīgot manu personisko informāciju',
  sale: 'Personiskās informācijas pārdošana un kopīgošana',
  saleText: 'Izslēdziet šo, lai atteiktos no savas personiskās informācijas pārdošanas un kopīgošanas mērķētai reklāmai.',
  honored: 'Atteikuma pieprasījums izpildīts',
  conflict: 'Jūsu pārlūks sūta atteikuma signālu (Global Privacy Control), tāpēc jūsu iepriekšējā atļauja pārdot vai kopīgot jūsu personisko informāciju ir apturēta.',
  confirm: 'Saglabāt atļauju',
  dismiss: 'Paslēpt',
  icon: 'California Consumer Privacy Act (CCPA) atteikuma ikona',
};

export default texts;
