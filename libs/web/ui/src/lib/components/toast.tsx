import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { classNames } from '../format/class-names';
import { messageId, useLingui } from '../i18n/messages';
import { Link } from '../router/link';
import { Button } from './button';

/**
 * A button in a toast (e.g. "Acknowledge" on an urgent task): `run` does the work and resolves to the toast that
 * replaces this one (null closes it); when it rejects, the error's message is shown in the toast.
 */
export interface ToastAction {
  /** Visible text of the button. */
  label: string;
  /** Said after the label to screen readers only, e.g. the title of the task it acts on. */
  labelDetail?: string;
  testId?: string;
  run(): Promise<ToastMessage | null>;
}

/**
 * What a toast says; `href` adds a link (e.g. to the task it is about), `action` a button. `urgent` toasts (an urgent
 * task, an escalation) stand out, are announced assertively and stay until dismissed.
 */
export interface ToastMessage {
  title: string;
  body?: string | null;
  tone?: 'info' | 'success' | 'error' | 'urgent';
  href?: string;
  hrefLabel?: string;
  action?: ToastAction;
}

interface ShownToast extends ToastMessage {
  id: number;
}

interface ToastApi {
  /** Shows a toast for a few seconds (longer while hovered or focused); returns its id. */
  show(message: ToastMessage): number;
  dismiss(id: number): void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Where the toasts are: over the page, or inside the modal dialogs opened over it, the latest last. */
interface ToastLayerApi {
  /** Moves the toasts into `dialog` (a modal dialog just opened); the returned function moves them back out. */
  enter(dialog: HTMLElement): () => void;
}

const ToastLayerContext = createContext<ToastLayerApi | null>(null);

/** How long a toast stays, in ms, when nobody is hovering or focusing it. */
const TOAST_LIFETIME_MS = 10_000;
const MAX_TOASTS = 4;

/** Trims to MAX_TOASTS, dropping the oldest ordinary toasts before any urgent one. */
function keepNewest(toasts: ShownToast[]): ShownToast[] {
  const result = [...toasts];
  while (result.length > MAX_TOASTS) {
    const oldestOrdinary = result.findIndex((toast) => toast.tone !== 'urgent');
    result.splice(oldestOrdinary >= 0 ? oldestOrdinary : 0, 1);
  }
  return result;
}

/** What a screen reader hears of a toast: "Urgent: <title>. <body>" (`toast.urgentSpoken`), in the shown language. */
function spokenText(message: ToastMessage, translate: (id: string, values: Record<string, unknown>) => string): string {
  const text = message.body ? `${message.title}. ${message.body}` : message.title;
  return message.tone === 'urgent' ? translate(messageId('toast.urgentSpoken'), { text }) : text;
}

/** The latest toast said in one of the two live regions; `id` makes a repeated text a new node, spoken again. */
interface Announcement {
  id: number;
  text: string;
}

/**
 * Provides `useToast()` to the tree and renders the toasts (data-testid="toast"). Toasts are spoken through two
 * live regions of their own, each toast once: urgent ones assertively (aria-live="assertive"), others politely
 * (aria-live="polite"); the visible toasts, with their buttons, are not a live region, so nothing is said twice.
 *
 * The toasts and both live regions live in one element of their own (`.tf-toast-layer`) at the end of the page. While
 * a modal dialog is open, everything outside it is inert (no click, no focus, hidden from screen readers) and under
 * it: the element then moves into the latest dialog (`useToastsOver`), so an urgent toast can still be read, heard
 * and acted on, and moves back when the dialog closes. Moving the element keeps the toasts' state and the live
 * regions' nodes.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const [layer] = useState(() => (typeof document === 'undefined' ? null : createLayer()));
  const dialogs = useRef<HTMLElement[]>([]);
  const [polite, setPolite] = useState<Announcement | null>(null);
  const [assertive, setAssertive] = useState<Announcement | null>(null);
  const nextId = useRef(1);

  const { i18n } = useLingui();
  const announce = useCallback((id: number, message: ToastMessage) => {
    const announcement = { id, text: spokenText(message, (key, values) => i18n._(key, values)) };
    if (message.tone === 'urgent') setAssertive(announcement);
    else setPolite(announcement);
  }, [i18n]);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (message: ToastMessage) => {
      const id = nextId.current++;
      setToasts((current) => keepNewest([...current, { ...message, id }]));
      announce(id, message);
      return id;
    },
    [announce],
  );
  const replace = useCallback(
    (id: number, message: ToastMessage) => {
      setToasts((current) => current.map((toast) => (toast.id === id ? { ...message, id } : toast)));
      announce(nextId.current++, message);
    },
    [announce],
  );
  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  useLayoutEffect(() => {
    if (!layer) return undefined;
    (dialogs.current[dialogs.current.length - 1] ?? document.body).appendChild(layer);
    return () => layer.remove();
  }, [layer]);
  const layerApi = useMemo<ToastLayerApi | null>(() => {
    if (!layer) return null;
    const place = () => (dialogs.current[dialogs.current.length - 1] ?? document.body).appendChild(layer);
    return {
      enter(dialog) {
        dialogs.current = [...dialogs.current.filter((open) => open !== dialog), dialog];
        place();
        return () => {
          dialogs.current = dialogs.current.filter((open) => open !== dialog);
          place();
        };
      },
    };
  }, [layer]);

  const shown = (
    <>
      <div className="tf-visually-hidden" aria-live="polite" data-testid="toast-announcer-polite">
        {polite && <p key={polite.id}>{polite.text}</p>}
      </div>
      <div className="tf-visually-hidden" aria-live="assertive" data-testid="toast-announcer-assertive">
        {assertive && <p key={assertive.id}>{assertive.text}</p>}
      </div>
      <ToastRegion toasts={toasts} onDismiss={dismiss} onReplace={replace} />
    </>
  );
  return (
    <ToastContext.Provider value={api}>
      <ToastLayerContext.Provider value={layerApi}>
        {children}
        {layer ? createPortal(shown, layer) : shown}
      </ToastLayerContext.Provider>
    </ToastContext.Provider>
  );
}

function createLayer(): HTMLDivElement {
  const layer = document.createElement('div');
  layer.className = 'tf-toast-layer';
  return layer;
}

/**
 * For a modal dialog's component: a function that shows the toasts inside `dialog`, just opened with `showModal()`,
 * until the function it returns is called (when the dialog closes); null outside a ToastProvider.
 */
export function useToastsOver(): ((dialog: HTMLElement) => () => void) | null {
  return useContext(ToastLayerContext)?.enter ?? null;
}

/** The toast API of the nearest ToastProvider. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() needs a <ToastProvider> above it');
  return api;
}

interface ToastRegionProps {
  toasts: readonly ShownToast[];
  onDismiss: (id: number) => void;
  onReplace: (id: number, message: ToastMessage) => void;
}

function ToastRegion({ toasts, onDismiss, onReplace }: ToastRegionProps) {
  const [paused, setPaused] = useState(false);
  return (
    <div
      className="tf-toast-region"
      data-testid="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} paused={paused} onDismiss={onDismiss} onReplace={onReplace} />
      ))}
    </div>
  );
}

interface ToastItemProps {
  toast: ShownToast;
  paused: boolean;
  onDismiss: (id: number) => void;
  onReplace: (id: number, message: ToastMessage) => void;
}

function ToastItem({ toast, paused, onDismiss, onReplace }: ToastItemProps) {
  const urgent = toast.tone === 'urgent';
  const [busy, setBusy] = useState(false);
  const { _ } = useLingui();
  const [error, setError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    // Urgent toasts stay until someone dismisses them, follows their link or completes their action.
    if (paused || urgent) return undefined;
    const timer = window.setTimeout(() => onDismiss(toast.id), TOAST_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [paused, urgent, toast.id, onDismiss]);

  useEffect(() => {
    // The action's button is gone from the replacing toast: keep keyboard focus in the toast.
    if (!refocus.current) return;
    refocus.current = false;
    closeRef.current?.focus();
  }, [toast]);

  const action = toast.action;
  const onAction = async () => {
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      const next = await action.run();
      if (next) {
        refocus.current = true;
        onReplace(toast.id, next);
      } else {
        onDismiss(toast.id);
      }
    } catch (caught: unknown) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className={classNames('tf-toast', `tf-toast--${toast.tone ?? 'info'}`)}
      data-testid="toast-item"
      data-urgent={urgent ? 'true' : undefined}
    >
      <div className="tf-toast__content">
        {urgent && <p className="tf-toast__flag">{_('notifications.urgent')}</p>}
        <p className="tf-toast__title">{toast.title}</p>
        {toast.body && <p className="tf-toast__body">{toast.body}</p>}
        {(toast.href || action) && (
          <div className="tf-toast__actions">
            {action && (
              <Button size="sm" variant="primary" busy={busy} onClick={onAction} data-testid={action.testId}>
                {action.label}
                {action.labelDetail && <span className="tf-visually-hidden">: {action.labelDetail}</span>}
              </Button>
            )}
            {toast.href && (
              <Link className="tf-toast__link" to={toast.href} onClick={() => onDismiss(toast.id)}>
                {toast.hrefLabel ?? _('toast.open')}
              </Link>
            )}
          </div>
        )}
        {error && (
          <p className="tf-toast__error" role="alert" data-testid="toast-action-error">
            {error}
          </p>
        )}
      </div>
      <button
        ref={closeRef}
        type="button"
        className="tf-toast__close"
        aria-label={_('toast.dismiss', { title: toast.title })}
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
