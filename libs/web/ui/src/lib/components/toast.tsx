import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { classNames } from '../format/class-names';
import { Link } from '../router/link';

/**
 * What a toast says; `href` adds a link (e.g. to the task it is about). `urgent` toasts (an urgent task, an
 * escalation) stand out, are announced assertively and stay until dismissed.
 */
export interface ToastMessage {
  title: string;
  body?: string | null;
  tone?: 'info' | 'success' | 'error' | 'urgent';
  href?: string;
  hrefLabel?: string;
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

/** Provides `useToast()` to the tree and renders the live toast region (data-testid="toast"). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback((message: ToastMessage) => {
    const id = nextId.current++;
    setToasts((current) => keepNewest([...current, { ...message, id }]));
    return id;
  }, []);
  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion toasts={toasts} onDismiss={dismiss} />
    </ToastContext.Provider>
  );
}

/** The toast API of the nearest ToastProvider. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() needs a <ToastProvider> above it');
  return api;
}

function ToastRegion({ toasts, onDismiss }: { toasts: readonly ShownToast[]; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  return (
    <div
      className="tf-toast-region"
      data-testid="toast"
      aria-live="polite"
      aria-relevant="additions"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} paused={paused} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

function ToastItem({ toast, paused, onDismiss }: { toast: ShownToast; paused: boolean; onDismiss: (id: number) => void }) {
  const urgent = toast.tone === 'urgent';
  useEffect(() => {
    // Urgent toasts stay until someone dismisses them or follows their link.
    if (paused || urgent) return undefined;
    const timer = window.setTimeout(() => onDismiss(toast.id), TOAST_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [paused, urgent, toast.id, onDismiss]);

  return (
    <div
      className={classNames('tf-toast', `tf-toast--${toast.tone ?? 'info'}`)}
      data-testid="toast-item"
      data-urgent={urgent ? 'true' : undefined}
      role={urgent ? 'alert' : undefined}
    >
      <div className="tf-toast__content">
        {urgent && <p className="tf-toast__flag">Urgent</p>}
        <p className="tf-toast__title">{toast.title}</p>
        {toast.body && <p className="tf-toast__body">{toast.body}</p>}
        {toast.href && (
          <Link className="tf-toast__link" to={toast.href} onClick={() => onDismiss(toast.id)}>
            {toast.hrefLabel ?? 'Open'}
          </Link>
        )}
      </div>
      <button
        type="button"
        className="tf-toast__close"
        aria-label={`Dismiss: ${toast.title}`}
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
