// Polish. Loaded only by pages in this language (dist/i18n/pl.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Pliki cookie i prywatność',
  text: 'Używamy plików cookie i podobnych technologii, aby ta strona działała, a za Twoją zgodą także do statystyk, reklam i osadzonych treści.',
  policy: 'Polityka prywatności',
  accept: 'Akceptuj wszystkie',
  reject: 'Odrzuć wszystkie',
  customise: 'Dostosuj',
  prefs: 'Ustawienia prywatności',
  intro: 'Wybierz, na co się zgadzasz. Możesz zmienić wybór w dowolnym momencie.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  services: 'Usługi',
  provider: 'Dostawca',
  purpose: 'Cel',
  cookies: 'Pliki cookie',
  name: 'Nazwa',
  service: 'Usługa',
  expiry: 'Okres ważności',
  description: 'Opis',
  settings: 'Ustawienia prywatności',
  saved: 'Twój wybór został zapisany.',
  choices: 'Twoje wybory dotyczące prywatności',
  dns: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  sale: 'Sprzedaż i udostępnianie danych osobowych',
  saleText: 'Wyłącz, aby sprzeciwić się sprzedaży Twoich danych osobowych i ich udostępnianiu w celach reklamy ukierunkowanej.',
  honored: 'Sprzeciw uwzględniony',
  conflict: 'Twoja przeglądarka wysyła sygnał sprzeciwu (Global Privacy Control), więc Twoja wcześniejsza zgoda na sprzedaż lub udostępnianie danych osobowych jest wstrzymana.',
  confirm: 'Zachowaj moją zgodę',
  dismiss: 'Ukryj',
  icon: 'Ikona sprzeciwu California Consumer Privacy Act (CCPA)',
};

export default texts;
