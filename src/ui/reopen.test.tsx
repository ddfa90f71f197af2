import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountUi, type UiHandle } from './mount';
import { testManager, tick } from './testing';

let handle: UiHandle | undefined;
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const floating = () => document.querySelector('consentgate-ui')!.shadowRoot!.querySelector('[part=reopen]');
const PLACEHOLDER = '<div class="consentgate-placeholder"><button class="consentgate-placeholder-settings" data-consentgate="open-preferences">Privacy settings</button></div>';
const SETTINGS = '<a href="#" data-consentgate="open-preferences">Cookie settings</a>';
const CHOICES = '<span data-consentgate="privacy-choices"></span>';

function mount(region: string, body: string) {
  document.body.innerHTML = body;
  const manager = testManager({ region });
  handle = mountUi(manager);
  return manager;
}

describe('the floating re-open control', () => {
  it("is shown beside an embed placeholder's button, left out beside the site's own control", () => {
    mount('DE', PLACEHOLDER).rejectAll();
    expect(floating()?.textContent).toBe('Privacy settings');
    handle!.destroy();
    mount('DE', SETTINGS).rejectAll();
    expect(floating()).toBeNull();
  });

  it("comes and goes with the site's controls", async () => {
    mount('DE', '<main></main>').rejectAll();
    expect(floating()).not.toBeNull();
    document.querySelector('main')!.innerHTML = SETTINGS;
    await tick();
    expect(floating()).toBeNull();
    document.querySelector('a')!.removeAttribute('data-consentgate');
    await tick();
    expect(floating()).not.toBeNull();
  });

  it('in the opt-out regime, is "Your Privacy Choices" unless the page has a privacy-choices element, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mount('US-CA', SETTINGS);
    expect(floating()?.textContent).toBe('Your Privacy Choices ');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/privacy-choices.*Your Privacy Choices/);
    document.body.insertAdjacentHTML('beforeend', CHOICES);
    await tick();
    expect(floating()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    handle!.destroy();

    warn.mockClear();
    mount('US-CA', CHOICES);
    expect(floating()).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });
});
