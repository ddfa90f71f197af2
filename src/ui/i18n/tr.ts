// Turkish. Loaded only by pages in this language (dist/i18n/tr.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Çerezler ve gizlilik',
  text: 'Bu siteyi çalıştırmak ve izin verirseniz analiz, reklam ve yerleşik içerik için çerezler ve benzeri teknolojiler kullanıyoruz.',
  policy: 'Gizlilik politikası',
  accept: 'Tümünü kabul et',
  reject: 'Tümünü reddet',
  customise: 'Özelleştir',
  prefs: 'Gizlilik tercihleri',
  intro: 'Neye izin verdiğinizi seçin. Seçimlerinizi istediğiniz zaman değiştirebilirsiniz.',
  save: 'Seçimleri kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman açık',
  services: 'Hizmetler',
  provider: 'Sağlayıcı',
  purpose: 'Amaç',
  cookies: 'Çerezler',
  name: 'Ad',
  service: 'Hizmet',
  expiry: 'Süre',
  description: 'Açıklama',
  settings: 'Gizlilik ayarları',
  saved: 'Seçimleriniz kaydedildi.',
  choices: 'Gizlilik Seçimleriniz',
  dns: 'Kişisel Bilgilerimi Satma veya Paylaşma',
  sale: 'Kişisel bilgilerin satışı ve paylaşımı',
  saleText: 'Kişisel bilgilerinizin satışını ve hedefli reklam için paylaşılmasını reddetmek için bunu kapatın.',
  honored: 'Ret talebi uygulandı',
  conflict: 'Tarayıcınız bir ret sinyali (Global Privacy Control) gönderiyor; bu nedenle kişisel bilgilerinizin satışı veya paylaşımı için daha önce verdiğiniz izin askıya alındı.',
  confirm: 'İznimi koru',
  dismiss: 'Gizle',
  icon: 'California Consumer Privacy Act (CCPA) ret simgesi',
};

export default texts;
