import { useTranslation } from 'react-i18next';

interface ToolHintProps {
  /** The hint for the active tool, in the interface language. */
  readonly text: string;
  readonly snapping: boolean;
  /** Folded: only a small «Подсказка» button stays, so the hint's two lines give the map room (issue 11). */
  readonly folded: boolean;
  readonly onToggle: () => void;
}

/** What the active drawing tool does with the mouse, under the toolbar; the planner may fold it away. */
export function ToolHint({ text, snapping, folded, onToggle }: ToolHintProps) {
  const { t } = useTranslation();
  if (folded) {
    return (
      <button type="button" className="fold-toggle hint-toggle" aria-expanded={false} title={t('mapRoom.showHint')} onClick={onToggle}>
        <span aria-hidden="true">? </span>
        {t('mapRoom.hint')}
      </button>
    );
  }
  return (
    <p className="tool-hint" data-snapping={snapping ? 'on' : 'off'}>
      <span>{text}</span>
      <button type="button" className="fold-toggle" aria-expanded={true} aria-label={t('mapRoom.hideHint')} title={t('mapRoom.hideHint')} onClick={onToggle}>
        ×
      </button>
    </p>
  );
}
