import { Button, countryName, Field, useLingui } from '@taskforce/web-ui';
import { countryChoices } from '@taskforce/web-ui/countries';
import { useState } from 'react';

interface CountryPickerProps {
  /** ISO 3166-1 alpha-2 codes chosen so far. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
  'data-testid'?: string;
}

/**
 * A multi-select of countries that works with a keyboard and on a phone: a labelled select adds a country, each
 * chosen one is a chip with a remove button. Codes are ISO 3166-1 alpha-2.
 */
export function CountryPicker({ value, onChange, error, 'data-testid': testId }: CountryPickerProps) {
  const { _ } = useLingui();
  const [pick, setPick] = useState('');
  const choices = countryChoices().filter((country) => !value.includes(country.code));
  return (
    <div className="tf-form-grid__wide tf-country-picker" data-testid={testId}>
      <Field label={_('operation.countries')} hint={_('operationForm.countriesHint')} error={error}>
        {({ id, describedBy }) => (
          <select
            id={id}
            className="tf-input tf-select"
            value={pick}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              const code = event.target.value;
              setPick('');
              if (code) onChange([...value, code]);
            }}
            data-testid={testId ? `${testId}-add` : undefined}
          >
            <option value="">{_('operationForm.addCountry')}</option>
            {choices.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} ({country.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.length > 0 && (
        <ul className="tf-chip-list tf-country-picker__chosen" aria-label={_('operationForm.chosenCountries')}>
          {value.map((code) => (
            <li key={code} className="tf-country-chip" data-testid="chosen-country" data-code={code}>
              <span>
                {countryName(code)} ({code})
              </span>
              <Button size="sm" variant="ghost" onClick={() => onChange(value.filter((c) => c !== code))}>
                <span aria-hidden="true">×</span>
                <span className="tf-visually-hidden">{_('operationForm.removeCountry', { country: countryName(code) })}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
