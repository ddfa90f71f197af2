// Hungarian. Loaded only by pages in this language (dist/i18n/hu.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Sütik és adatvédelem',
  text: 'Sütiket és hasonló technológiákat használunk az oldal működéséhez, és ha engedélyezi, statisztikához, hirdetésekhez és beágyazott tartalmakhoz.',
  policy: 'Adatvédelmi tájékoztató',
  accept: 'Összes elfogadása',
  reject: 'Összes elutasítása',
  customise: 'Testreszabás',
  prefs: 'Adatvédelmi beállítások',
  intro: 'Válassza ki, mit engedélyez. Döntését bármikor módosíthatja.',
  save: 'Választás mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig bekapcsolva',
  services: 'Szolgáltatások',
  provider: 'Szolgáltató',
  purpose: 'Cél',
  cookies: 'Sütik',
  name: 'Név',
  service: 'Szolgáltatás',
  expiry: 'Élettartam',
  description: 'Leírás',
  settings: 'Adatvédelmi beállítások',
  saved: 'Választását elmentettük.',
  choices: 'Adatvédelmi választásai',
  dns: 'Ne adják el és ne osszák meg a személyes adataimat',
  sale: 'Személyes adatok eladása és megosztása',
  saleText: 'Kapcsolja ki, ha tiltakozik személyes adatai eladása és célzott hirdetésekhez való megosztása ellen.',
  honored: 'Tiltakozási kérelem teljesítve',
  conflict: 'Böngészője tiltakozó jelzést küld (Global Privacy Control), ezért a személyes adatai eladására vagy megosztására adott korábbi engedélye szünetel.',
  confirm: 'Engedély megtartása',
  dismiss: 'Elrejtés',
  icon: 'A California Consumer Privacy Act (CCPA) tiltakozási ikonja',
};

export default texts;
