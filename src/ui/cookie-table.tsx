/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { cookieName } from './cookie-name';
import { about, type View } from './view';

/**
 * The cookie declaration for `<div data-consentgate="cookie-table">`: every category with its
 * services and their cookies, from the config. Rendered into the page's own DOM as plain tables
 * so the site's styles apply.
 */
export function cookieTable(v: View) {
  const t = v._t;
  return v._m.config.categories.map((c) => {
    const [name, text] = about(v, c);
    return (
      <section>
        <p>
          <strong>{name}</strong>
          {text && ` · ${text}`}
        </p>
        {c.services.length > 0 && (
          <table>
            <thead>
              <tr>
                {[t.name, t.service, t.expiry, t.description].map((heading) => (
                  <th scope="col">{heading}</th>
                ))}
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
    );
  });
}
