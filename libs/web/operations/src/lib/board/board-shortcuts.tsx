import { Drawer, useLingui } from '@taskforce/web-ui';
import { useEffect, useRef } from 'react';

/** A keyboard shortcut of the operation board. */
export interface BoardShortcut {
  /** The key as `KeyboardEvent.key` gives it. */
  key: string;
  /** What it does, in words. */
  does: string;
  run: () => void;
}

/** True when a key press belongs to what the person is typing or to an open dialog, not to the board. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return true;
  return Boolean(document.querySelector('dialog[open]'));
}

/**
 * Runs the board's shortcuts on single key presses anywhere on the page, except while typing in a field, with a
 * modifier (Ctrl, Alt, Meta) held, or while a dialog is open.
 */
export function useBoardShortcuts(shortcuts: readonly BoardShortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
      const shortcut = current.current.find((s) => s.key === event.key);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The dialog listing the board's shortcuts (opened with `?`). */
export function ShortcutsDialog({ shortcuts, onClose }: { shortcuts: readonly BoardShortcut[]; onClose: () => void }) {
  const { _ } = useLingui();
  return (
    <Drawer title={_('board.shortcuts.title')} onClose={onClose} data-testid="shortcuts-dialog">
      <dl className="tf-shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.key} className="tf-shortcuts__row">
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <p className="tf-small tf-muted">{_('board.shortcuts.note')}</p>
    </Drawer>
  );
}
