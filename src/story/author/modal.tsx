import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface ModalProps {
  open: boolean;
  /** Called on Esc and by the dialog's own buttons. */
  onClose: () => void;
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  /** Element to focus when the dialog opens (default: the browser's choice, the first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Element to focus when the dialog closes, when the element that opened it is gone (e.g. a deleted step). */
  fallbackFocus?: () => HTMLElement | null | undefined;
  className?: string;
  testId?: string;
  /** `alertdialog` for questions that need an answer. */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser keeps focus and the screen reader inside it and makes
 * the rest of the page inert; Esc closes it. Focus goes back to whatever opened it (or `fallbackFocus`) on close.
 */
export function Modal({ open, onClose, labelledBy, describedBy, initialFocus, fallbackFocus, className, testId, role, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      initialFocus?.current?.focus();
    } else if (!open && d.open) {
      d.close();
      const back = opener.current?.isConnected ? opener.current : fallback.current?.();
      back?.focus();
      opener.current = null;
    }
  }, [open, initialFocus]);

  // Closing from outside React (an unmount while open) must not leave the page inert.
  useEffect(() => () => ref.current?.close(), []);

  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
