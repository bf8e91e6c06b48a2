import { Alert, Button, formatDateTime, TextField } from '@taskforce/web-ui';
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
          <strong>{intro}</strong> Copy this link and give it to {data.person.displayName} ({data.person.email}) through a channel you trust. It
          works once, until {formatDateTime(data.expiresAt)}, and is not shown again.
        </p>
        <TextField
          label="One-time link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          hint="Anyone holding this link can set this person's password."
          data-testid="one-time-link-url"
        />
        <div className="tf-form-actions">
          <Button variant="primary" size="sm" onClick={copy} data-testid="copy-one-time-link">
            Copy link
          </Button>
          <Button variant="ghost" size="sm" onClick={onDismiss}>
            Done
          </Button>
          {copied === 'yes' && (
            <span className="tf-small" role="status">
              Copied.
            </span>
          )}
          {copied === 'select' && (
            <span className="tf-small" role="status">
              The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.
            </span>
          )}
        </div>
      </div>
    </Alert>
  );
}
