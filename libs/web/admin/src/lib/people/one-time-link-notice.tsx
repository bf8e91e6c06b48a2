import { Alert, Button, formatDateTime, TextField, useLingui } from '@taskforce/web-ui';
import { useRef, useState } from 'react';
import { absoluteLink } from './people-forms';
import type { OneTimeLinkData } from './people.documents';

/**
 * The one-time link just made for a person, shown once with a copy button and a hint: the admin passes it on
 * through a channel they trust; it works once, until it expires.
 */
export function OneTimeLinkNotice({ data, intro, onDismiss }: { data: OneTimeLinkData; intro: string; onDismiss: () => void }) {
  const url = absoluteLink(data.link, window.location.origin);
  const boxRef = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);
  const { _ } = useLingui();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // Clipboard access needs a secure context: select the text so Ctrl+C / ⌘C copies it.
      boxRef.current?.querySelector('input')?.select();
      setCopied('select');
    }
  };

  return (
    <Alert tone="success" data-testid="one-time-link">
      <div className="tf-stack" ref={boxRef}>
        <p>
          <strong>{intro}</strong> {_('oneTimeLink.explanation', { name: data.person.displayName, email: data.person.email, expiresAt: formatDateTime(data.expiresAt) })}
        </p>
        <TextField
          label={_('oneTimeLink.label')}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          hint={_('oneTimeLink.hint')}
          data-testid="one-time-link-url"
        />
        <div className="tf-form-actions">
          <Button variant="primary" size="sm" onClick={copy} data-testid="copy-one-time-link">
            {_('oneTimeLink.copy')}
          </Button>
          <Button variant="ghost" size="sm" onClick={onDismiss}>
            {_('oneTimeLink.done')}
          </Button>
          {copied === 'yes' && (
            <span className="tf-small" role="status">
              {_('oneTimeLink.copied')}
            </span>
          )}
          {copied === 'select' && (
            <span className="tf-small" role="status">
              {_('oneTimeLink.selected')}
            </span>
          )}
        </div>
      </div>
    </Alert>
  );
}
