import { useTranslation } from 'react-i18next';
import { Modal } from '../exchange/Modal';

interface DeletePlotConfirmProps {
  readonly plotCode: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before a plot is deleted: the Delete key is one stray press away from the map. Undo still
 * brings a deleted plot back; the question is only so that nothing goes unnoticed.
 */
export function DeletePlotConfirm({ plotCode, onConfirm, onCancel }: DeletePlotConfirmProps) {
  const { t } = useTranslation();
  return (
    <Modal title={t('edit.deleteTitle', { code: plotCode })} className="delete-confirm" onClose={onCancel}>
      <p>{t('edit.deleteQuestion', { code: plotCode })}</p>
      <div className="exchange-actions">
        <button type="button" onClick={onCancel}>
          {t('edit.deleteCancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('edit.deleteConfirm')}
        </button>
      </div>
    </Modal>
  );
}
