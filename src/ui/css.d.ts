// Stylesheets are imported as text: Vite (vitest) does it natively, rollup.config.mjs minifies them.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
