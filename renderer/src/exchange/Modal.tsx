import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ModalProps {
  readonly title: string;
  readonly className: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A dialog over the workspace: Escape and the × close it, focus moves into it on opening. */
export function Modal({ title, className, onClose, children }: ModalProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLElement>(null);
  useEffect(() => {
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="exchange-backdrop">
      <section ref={dialog} className={`exchange-dialog ${className}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1}>
        <header className="exchange-title">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="exchange-close" onClick={onClose} aria-label={t('exchange.close')}>×</button>
        </header>
        {children}
      </section>
    </div>
  );
}
