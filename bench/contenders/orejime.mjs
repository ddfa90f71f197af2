// Orejime v3, standard theme in English, as its README shows: window.orejimeConfig, the
// script and stylesheet in <head>; whatever needs consent is wrapped in
// <template data-purpose="…">, which Orejime clones into the page once the purpose is granted.
import { ANALYTICS_SRC, BANNER_TEXT, CATEGORIES, PIXEL_SRC, PRIVACY_URL, inlineJson, packageVersion } from './shared.mjs';

const config = {
  privacyPolicyUrl: PRIVACY_URL,
  purposes: [
    { id: 'necessary', title: CATEGORIES[0].label, description: CATEGORIES[0].description, isMandatory: true, cookies: [] },
    { id: 'analytics', title: CATEGORIES[1].label, description: CATEGORIES[1].description, cookies: ['_bench_analytics'] },
    { id: 'marketing', title: CATEGORIES[2].label, description: CATEGORIES[2].description, cookies: [] },
  ],
  translations: { banner: { title: BANNER_TEXT.title } },
};

export default {
  id: 'orejime',
  name: 'Orejime',
  version: packageVersion('orejime'),
  mount: { prefix: '/cmp/orejime/', dir: 'node_modules/orejime/dist' },
  slots: {
    'cmp-head': `<script>window.orejimeConfig = ${inlineJson(config)};</script>
  <script src="/cmp/orejime/orejime-standard-en.js"></script>
  <link rel="stylesheet" href="/cmp/orejime/orejime-standard.css">`,
    'gated-head': `<template data-purpose="analytics"><script src="${ANALYTICS_SRC}"></script></template>`,
    'gated-body': `<template data-purpose="marketing"><img src="${PIXEL_SRC}" width="1" height="1" alt=""></template>`,
  },
  banner: '.orejime-Banner',
  accept: '.orejime-Banner-saveButton',
};
