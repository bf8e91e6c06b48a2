import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLingui } from '../i18n/messages';
import { useToastsOver } from './toast';

export interface DrawerProps {
  /** Heading of the panel, also its accessible name. */
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A modal side panel built on the native `<dialog>`: it traps focus, closes on Escape and gives focus back to
 * whatever opened it. Mount it to open it; unmount it to close it. The toasts show inside it while it is open (the
 * page under it is inert), so an urgent one can be acted on without closing the panel.
 */
export function Drawer({ title, onClose, children, 'data-testid': testId }: DrawerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { _ } = useLingui();
  const toastsOver = useToastsOver();

  // A layout effect: its clean-up moves the toasts out before React removes the dialog from the page.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const leave = toastsOver?.(dialog);
    return () => {
      leave?.();
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [toastsOver]);

  return (
    <dialog
      ref={dialogRef}
      className="tf-drawer"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="tf-drawer__panel">
        <header className="tf-drawer__header">
          <h2 id={titleId} className="tf-drawer__title">
            {title}
          </h2>
          <button type="button" className="tf-drawer__close" aria-label={_('common.closePanel')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="tf-drawer__body">{children}</div>
      </div>
    </dialog>
  );
}
