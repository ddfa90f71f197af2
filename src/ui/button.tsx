/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';

/**
 * Every text button of the UI, first layer and shadow root alike: the same class, so Accept and
 * Reject always get the same size, weight and colours; `alt` is the quieter secondary style.
 * No type attribute: none of them sits in a form.
 */
export const button = (text: string, onClick: () => void, alt?: 1) => (
  <button class={alt ? 'cg-b cg-alt' : 'cg-b'} part="button" onClick={onClick}>
    {text}
  </button>
);
