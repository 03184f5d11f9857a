import { useTranslation } from 'react-i18next';
import type { ImportFeatureNote, ImportReportView } from '../../../shared/contract/exchangeViews';
import { useMessageText } from '../i18n/useMessageText';

/**
 * The dry run's verdict: the counts, then each repaired feature, each plot overlapping others or leaving
 * the park (warnings, not rejections), and each rejected feature with its reasons.
 */
export function ImportReportList({ report }: { readonly report: ImportReportView }) {
  const { t } = useTranslation();
  const word = useMessageText();
  return (
    <section className="import-report" aria-label={t('importDialog.title')}>
      <p role="status">
        {t('importDialog.summary', {
          read: report.read,
          accepted: report.accepted,
          repaired: report.repairedCount,
          rejected: report.rejectedCount,
          format: word(report.format),
          crs: word(report.crs),
        })}
      </p>
      {report.notes.map((note, index) => <p key={index} className="exchange-hint">{word(note)}</p>)}
      <NoteList title={t('importDialog.repaired')} notes={report.repaired} total={report.repairedCount} kind="repaired" />
      <NoteList title={t('importChoices.overlapping')} notes={report.overlapping ?? []} total={report.overlappingCount ?? 0} kind="overlapping" />
      <NoteList title={t('importChoices.outside')} notes={report.outside ?? []} total={report.outsideCount ?? 0} kind="outside" />
      {(report.overlappingCount ?? 0) + (report.outsideCount ?? 0) > 0 && <p className="import-warning">{t('importChoices.warnings')}</p>}
      <NoteList title={t('importDialog.rejected')} notes={report.rejected} total={report.rejectedCount} kind="rejected" />
      {report.rejectedCount > 0 && <p className="exchange-error" role="alert">{t('importDialog.blocked')}</p>}
    </section>
  );
}

function NoteList({ title, notes, total, kind }: { readonly title: string; readonly notes: readonly ImportFeatureNote[]; readonly total: number; readonly kind: string }) {
  const { t } = useTranslation();
  const word = useMessageText();
  if (total === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className={`import-notes ${kind}`}>
        {notes.map((note, index) => (
          <li key={index}>
            <strong>{word(note.label)}</strong>: {note.messages.map(word).join('; ')}
          </li>
        ))}
        {total > notes.length && <li>{t('importDialog.more', { count: total - notes.length })}</li>}
      </ul>
    </>
  );
}
