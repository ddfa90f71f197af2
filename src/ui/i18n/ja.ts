// Japanese. Loaded only by pages in this language (dist/i18n/ja.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookieとプライバシー',
  text: '当サイトでは、サイトの運営のため、また同意いただいた場合は分析、広告、埋め込みコンテンツのために、Cookieや類似の技術を使用しています。',
  policy: 'プライバシーポリシー',
  accept: 'すべて許可',
  reject: 'すべて拒否',
  customise: 'カスタマイズ',
  prefs: 'プライバシー設定',
  intro: '許可する項目を選んでください。選択はいつでも変更できます。',
  save: '選択を保存',
  close: '閉じる',
  alwaysOn: '常に有効',
  services: 'サービス',
  provider: '提供者',
  purpose: '目的',
  cookies: 'Cookie',
  name: '名前',
  service: 'サービス',
  expiry: '有効期間',
  description: '説明',
  settings: 'プライバシー設定',
  saved: '選択を保存しました。',
  choices: 'プライバシーの選択',
  dns: '個人情報の販売・共有をしない',
  sale: '個人情報の販売と共有',
  saleText: '個人情報の販売と、ターゲティング広告のための共有を拒否するには、これをオフにしてください。',
  honored: 'オプトアウトのリクエストを受け付けました',
  conflict: 'お使いのブラウザーがオプトアウト信号（Global Privacy Control）を送信しているため、以前に許可した個人情報の販売・共有は停止されています。',
  confirm: '許可を維持',
  dismiss: '非表示',
  icon: 'カリフォルニア州消費者プライバシー法（CCPA）オプトアウトアイコン',
};

export default texts;
