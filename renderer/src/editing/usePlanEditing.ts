import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract/result';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { invokeEdit, type EditFinding, type EditState } from './editChannels';
import { useEditState } from './editStateStore';
import { useMessageText } from '../i18n/useMessageText';

/** A line under the toolbar: what the last edit did, or why it was refused (the server's words). */
export type EditNotice = { readonly kind: 'info' | 'warning' | 'error'; readonly text: string } | null;

export interface PlanEditing {
  readonly editState: EditState;
  readonly notice: EditNotice;
  readonly busy: boolean;
  /** Findings of the last "Validate" (or the last saved plot), by plot. */
  readonly findings: ReadonlyMap<PlotId, readonly EditFinding[]>;
  /**
   * Runs one edit: on success its change set (map, lists, Undo/Redo) is already in the project store. A refusal
   * goes to `refused` when given (a form shows it beside its fields), else to the notice over the map.
   */
  run<T extends { readonly edit: EditState }>(call: () => Promise<Result<T>>, done?: (value: T) => void, refused?: (message: string) => void): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  validate(parkId: ParkId): Promise<void>;
  say(notice: EditNotice): void;
}

const byPlot = (findings: readonly EditFinding[]): Map<PlotId, EditFinding[]> => {
  const map = new Map<PlotId, EditFinding[]>();
  for (const finding of findings) map.set(finding.plotId, [...(map.get(finding.plotId) ?? []), finding]);
  return map;
};

/**
 * The editing side of the workspace: every change goes to the store through one channel call, whose
 * answer's change set the project store applies (the map, the lists and the Undo/Redo state follow).
 */
export function usePlanEditing(): PlanEditing {
  const word = useMessageText();
  const { t } = useTranslation();
  const editState = useEditState();
  const [notice, setNotice] = useState<EditNotice>(null);
  const [busy, setBusy] = useState(false);
  const [findings, setFindings] = useState<ReadonlyMap<PlotId, readonly EditFinding[]>>(new Map());
  const run = useCallback<PlanEditing['run']>(async (call, done, refused) => {
    setBusy(true);
    try {
      const result = await call();
      if (!result.ok) {
        if (refused) refused(word(result.error));
        else setNotice({ kind: 'error', text: word(result.error) });
        return false;
      }
      const withFindings = result.value as { readonly findings?: readonly EditFinding[] };
      if (withFindings.findings) setFindings(byPlot(withFindings.findings));
      setNotice(null);
      // The change set was applied before the answer came back: a plot selected by `done` is on the map.
      done?.(result.value);
      // A plot saved (partly) outside its park is said at once, after what `done` said: the balance leaves that part out.
      const outside = (withFindings.findings ?? []).filter((finding) => finding.kind === 'outside-boundary');
      if (outside.length > 0) {
        const warning = `${outside.map((finding) => word(finding.message)).join(' ')} ${t('edit.outsideBalance')}`;
        setNotice((said) => ({ kind: 'warning', text: said?.kind === 'info' ? `${said.text}. ${warning}` : warning }));
      }
      return true;
    } finally {
      setBusy(false);
    }
  }, [word, t]);

  const step = useCallback(async (channel: 'edits:undo' | 'edits:redo') => {
    setBusy(true);
    try {
      const result = await invokeEdit(channel, {});
      if (!result.ok) {
        // A refusal names the feature and the field someone else changed, in the interface's language.
        setNotice({ kind: 'error', text: word(result.error) });
        return;
      }
      setNotice(null);
    } finally {
      setBusy(false);
    }
  }, [word]);

  const validate = useCallback(async (parkId: ParkId) => {
    const result = await invokeEdit('park:validate', { parkId });
    if (!result.ok) {
      setNotice({ kind: 'error', text: word(result.error) });
      return;
    }
    setFindings(byPlot(result.value.findings));
    setNotice({ kind: 'info', text: t('edit.validated', { count: result.value.findings.length }) });
  }, [t]);

  return {
    editState,
    notice,
    busy,
    findings,
    run,
    undo: () => step('edits:undo'),
    redo: () => step('edits:redo'),
    validate,
    say: setNotice,
  };
}
