// Slovenian. Loaded only by pages in this language (dist/i18n/sl.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Piškotki in zasebnost',
  text: 'Piškotke in podobne tehnologije uporabljamo za delovanje tega spletnega mesta ter, če to dovolite, za statistiko, oglaševanje in vdelane vsebine.',
  policy: 'Pravilnik o zasebnosti',
  accept: 'Sprejmi vse',
  reject: 'Zavrni vse',
  customise: 'Prilagodi',
  prefs: 'Nastavitve zasebnosti',
  intro: 'Izberite, kaj dovolite. Izbiro lahko kadar koli spremenite.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeno',
  services: 'Storitve',
  provider: 'Ponudnik',
  purpose: 'Namen',
  cookies: 'Piškotki',
  name: 'Ime',
  service: 'Storitev',
  expiry: 'Trajanje',
  description: 'Opis',
  settings: 'Nastavitve zasebnosti',
  saved: 'Vaša izbira je shranjena.',
  choices: 'Vaše izbire glede zasebnosti',
  dns: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  sale: 'Prodaja in deljenje osebnih podatkov',
  saleText: 'Izklopite, če želite zavrniti prodajo svojih osebnih podatkov in njihovo deljenje za ciljno oglaševanje.',
  honored: 'Zahteva za zavrnitev upoštevana',
  conflict: 'Vaš brskalnik pošilja signal zavrnitve (Global Privacy Control), zato je vaše prejšnje dovoljenje za prodajo ali deljenje osebnih podatkov začasno ustavljeno.',
  confirm: 'Ohrani dovoljenje',
  dismiss: 'Skrij',
  icon: 'Ikona zavrnitve po California Consumer Privacy Act (CCPA)',
};

export default texts;
