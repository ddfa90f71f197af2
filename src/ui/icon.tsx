/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
/**
 * The CPPA opt-out icon (Cal. Code Regs. tit. 11 §7015): a pill, white with a blue tick on the
 * left, blue with a white cross on the right. Drawn here so no image request is made. Sized by
 * attributes, not styles, to sit beside the link text like other footer icons.
 */
export const Icon = ({ label }: { label: string }) => (
  <svg viewBox="0 0 30 14" width="30" height="14" role="img" aria-label={label}>
    <path fill="#fff" stroke="#06f" d="M7 .5h16a6.5 6.5 0 0 1 0 13H7A6.5 6.5 0 0 1 7 .5z" />
    <path fill="#06f" d="M17.5.5H23a6.5 6.5 0 0 1 0 13h-9z" />
    <path fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" d="M19.6 4.6l4.8 4.8m0-4.8l-4.8 4.8" />
    <path fill="none" stroke="#06f" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" d="M5.4 7.2l2.2 2.3 4.2-4.6" />
  </svg>
);
