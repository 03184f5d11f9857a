import { useTranslation } from 'react-i18next';
import type { ImportFeatureNote, ImportReportView } from '../../../shared/contract/exchangeViews';
import { importLabelRu, importMessageRu, importNameRu, importNoteRu } from './importTextRu';

/** The Node side words the report in English; in Russian the dialog translates it (see importTextRu.ts). */
function useReportWords() {
  const { i18n } = useTranslation();
  const ru = i18n.language.startsWith('ru');
  const same = (text: string): string => text;
  return ru
    ? { label: importLabelRu, message: importMessageRu, note: importNoteRu, name: importNameRu }
    : { label: same, message: same, note: same, name: same };
}

/**
 * The dry run's verdict: the counts, then each repaired feature, each plot overlapping others or leaving
 * the park (warnings, not rejections), and each rejected feature with its reasons.
 */
export function ImportReportList({ report }: { readonly report: ImportReportView }) {
  const { t } = useTranslation();
  const words = useReportWords();
  return (
    <section className="import-report" aria-label={t('importDialog.title')}>
      <p role="status">
        {t('importDialog.summary', {
          read: report.read,
          accepted: report.accepted,
          repaired: report.repairedCount,
          rejected: report.rejectedCount,
          format: words.name(report.format),
          crs: words.name(report.crs),
        })}
      </p>
      {report.notes.map((note) => <p key={note} className="exchange-hint">{words.note(note)}</p>)}
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
  const words = useReportWords();
  if (total === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className={`import-notes ${kind}`}>
        {notes.map((note, index) => (
          <li key={index}>
            <strong>{words.label(note.label)}</strong>: {note.messages.map(words.message).join('; ')}
          </li>
        ))}
        {total > notes.length && <li>{t('importDialog.more', { count: total - notes.length })}</li>}
      </ul>
    </>
  );
}
