import { useEffect, useRef, useState, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';

/** What a `<details>` used as a drop-down menu takes: spread on the element. */
export interface MenuDisclosureProps {
  ref: RefObject<HTMLDetailsElement | null>;
  onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDetailsElement>) => void;
}

/**
 * A `<details>` that behaves like a menu button's pop-up (WAI-ARIA Authoring Practices, "Disclosure" and "Menu
 * Button" patterns): Escape closes it and puts focus back on its `<summary>` (and goes no further, so a drawer or a
 * shortcut listening for Escape is not triggered), and a press anywhere outside it closes it. Inline disclosures
 * (sections that expand in place) do not use this: they stay open until their summary is pressed again.
 */
export function useMenuDisclosure(): MenuDisclosureProps {
  const ref = useRef<HTMLDetailsElement | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return {
    ref,
    onToggle: (event) => setOpen(event.currentTarget.open),
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || !event.currentTarget.open) return;
      event.stopPropagation();
      event.preventDefault();
      event.currentTarget.open = false;
      event.currentTarget.querySelector('summary')?.focus();
    },
  };
}
