/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { Fragment, h } from 'preact';
import { cookieName } from './services';
import type { View } from './view';

/**
 * The cookie declaration for `<div data-consentgate="cookie-table">`: every category with its
 * services and their cookies, from the config. Rendered into the page's own DOM as plain tables
 * so the site's styles apply.
 */
export function CookieTable({ v }: { v: View }) {
  const t = v._t;
  return (
    <>
      {v._m.config.categories.map((c) => (
        <section>
          <p>
            <strong>{c.label}</strong>
            {c.description && ` · ${c.description}`}
          </p>
          {c.services.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.service}</th>
                  <th scope="col">{t.expiry}</th>
                  <th scope="col">{t.description}</th>
                </tr>
              </thead>
              <tbody>
                {c.services.flatMap((s) =>
                  (s.cookies.length ? s.cookies : [undefined]).map((cookie) => (
                    <tr>
                      <td>{cookie ? <code>{cookieName(cookie.name)}</code> : '-'}</td>
                      <td>
                        {s.name}
                        {s.provider && ` (${s.provider})`}
                      </td>
                      <td>{cookie?.expiry}</td>
                      <td>{cookie?.description ?? s.purpose}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
