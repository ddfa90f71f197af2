// Portuguese (Brazil). Loaded only by pages in this language (dist/i18n/pt-br.js).
import type { Texts } from './en';

const texts: Texts = {
  title: 'Cookies e privacidade',
  text: 'Usamos cookies e tecnologias semelhantes para o funcionamento deste site e, se você permitir, para análise, publicidade e conteúdo incorporado.',
  policy: 'Política de privacidade',
  accept: 'Aceitar todos',
  reject: 'Rejeitar todos',
  customise: 'Personalizar',
  prefs: 'Preferências de privacidade',
  intro: 'Escolha o que você permite. Você pode alterar suas escolhas a qualquer momento.',
  save: 'Salvar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativo',
  services: 'Serviços',
  provider: 'Fornecedor',
  purpose: 'Finalidade',
  cookies: 'Cookies',
  name: 'Nome',
  service: 'Serviço',
  expiry: 'Duração',
  description: 'Descrição',
  settings: 'Configurações de privacidade',
  saved: 'Suas escolhas foram salvas.',
  choices: 'Suas opções de privacidade',
  dns: 'Não vender nem compartilhar minhas informações pessoais',
  sale: 'Venda e compartilhamento de informações pessoais',
  saleText: 'Desative esta opção para recusar a venda de suas informações pessoais e o compartilhamento delas para publicidade direcionada.',
  honored: 'Solicitação de exclusão atendida',
  conflict: 'Seu navegador envia um sinal de exclusão (Global Privacy Control), então sua permissão anterior para vender ou compartilhar suas informações pessoais está suspensa.',
  confirm: 'Manter minha permissão',
  dismiss: 'Ocultar',
  icon: 'Ícone de exclusão da California Consumer Privacy Act (CCPA)',
};

export default texts;
