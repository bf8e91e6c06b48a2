import type { Language } from '@taskforce/domain';
import { useId, useState } from 'react';
import { LANGUAGE_CHOICES } from './language-choice';
import { useLanguage } from './language-provider';
import { useLingui } from './messages';

/** Each language under its own name (an autonym), the way people look for their language in any interface. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };

interface LanguageSwitchProps {
  /** Runs after the language is shown (e.g. to store it on the signed-in person). */
  onChosen?: (language: Language) => void | Promise<void>;
}

/**
 * The language menu (header and sign-in screen): switches the texts, `<html lang dir>` and formats at once and keeps
 * the choice in this browser; `onChosen` may store it on the person as well.
 */
export function LanguageSwitch({ onChosen }: LanguageSwitchProps) {
  const { language, setLanguage } = useLanguage();
  const { _ } = useLingui();
  const id = useId();
  const [busy, setBusy] = useState(false);

  const onChange = async (next: Language) => {
    setBusy(true);
    try {
      await setLanguage(next);
      await onChosen?.(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tf-language-switch">
      <label htmlFor={id} className="tf-visually-hidden">
        {_('language.label')}
      </label>
      <svg className="tf-language-switch__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.4-3.6C8 5.6 7.5 6.8 7.1 8ZM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.2 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6Zm1.8-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z" />
      </svg>
      <select
        id={id}
        className="tf-language-switch__select"
        value={language}
        disabled={busy}
        onChange={(event) => void onChange(event.target.value as Language)}
        data-testid="language-switch"
      >
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice} lang={choice}>
            {LANGUAGE_NAMES[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
