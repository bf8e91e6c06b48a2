import { markedCopy } from '@taskforce/domain';
import type { ClipboardEvent } from 'react';

/**
 * A copy handler for the text of a marked item: what the person selected goes to the clipboard with the item's TLP
 * label and handling code on its first line (libs/domain `markedCopy`), so the markings travel into whatever it is
 * pasted in. Nothing selected: the browser's own copy.
 */
export function copyWithMarkings(tlp: Parameters<typeof markedCopy>[1], handlingCode: string | null) {
  return (event: ClipboardEvent<HTMLElement>) => {
    const selected = window.getSelection()?.toString() ?? '';
    if (!selected.trim()) return;
    event.clipboardData.setData('text/plain', markedCopy(selected, tlp, handlingCode));
    event.preventDefault();
  };
}
