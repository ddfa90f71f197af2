// What a mounted UI offers its host (the script tag's composition root, or a site's own bundle),
// and what it is told about where it came from.

export interface UiHandle {
  /** Opens the preferences dialog. */
  showPreferences(): void;
  /** A category's name in the UI's language (the site's label wins; an unknown id shows as itself). */
  label(id: string): string;
  /** The UI's wording for a key, in its language (the gate's placeholders speak it too). */
  text(key: string): string | undefined;
  /** Calls `listener` once the language file has arrived, for what was drawn in English before; returns how to stop. */
  onLanguage(listener: () => void): () => void;
  /** Removes everything the UI added to the page. */
  destroy(): void;
}

/** Where the script came from (language files and the fallback stylesheet load beside it), whether the page has drawn a frame yet (default: <body> exists), and a language file already on its way. */
export interface UiSource {
  src?: string;
  nonce?: string;
  drawn?: boolean;
  language?: { tag: string; texts: Promise<string[] | undefined> };
}
