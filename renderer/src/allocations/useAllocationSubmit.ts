import { useState, type FormEvent } from 'react';
import type { PlotId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { allocationRequestFor, localIsoDate, newAllocationDraft, type AllocationDraft } from './allocationDraft';
import { useMessageText } from '../i18n/useMessageText';

/**
 * The draft, its checks' visibility and the `allocations:create` round trip both allocation forms share:
 * one plot from its details panel, several from the resident's card. A change clears the last refusal;
 * submit shows every problem and sends nothing until the draft and the plots make a request.
 */
export function useAllocationSubmit(initial: Partial<AllocationDraft>, plotIds: readonly PlotId[], onDone: () => void) {
  const word = useMessageText();
  const [draft, setDraft] = useState<AllocationDraft>(() => ({ ...newAllocationDraft(localIsoDate()), ...initial }));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const change = (patch: Partial<AllocationDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setRefusal(null);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const request = allocationRequestFor(draft, plotIds);
    if (request === null) return;
    setSaving(true);
    const result = await getBridge().invoke('allocations:create', request);
    setSaving(false);
    if (result.ok) onDone();
    else setRefusal(word(result.error));
  };
  return { draft, change, submitted, saving, refusal, clearRefusal: () => setRefusal(null), onSubmit };
}
