import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotDetails } from '../../../shared/contract/views';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { AllocationForm } from './AllocationForm';
import { AllocationTimeline } from './AllocationTimeline';
import { EndAllocationForm } from './EndAllocationForm';

interface PlotAllocationSectionProps {
  readonly details: PlotDetails;
}

type Open = 'allocate' | 'end' | null;

/** An allocation's history names its resident: it changes with either. */
const HISTORY = ['allocations', 'residents'] as const;

/** Under the plot's details: allocate it (when nobody holds it) or end the active allocation, and its timeline. */
export function PlotAllocationSection({ details }: PlotAllocationSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ plotId: number; what: Open }>({ plotId: details.id, what: null });
  const what = open.plotId === details.id ? open.what : null;
  const setWhat = (next: Open) => setOpen({ plotId: details.id, what: next });
  const history = useBridgeQuery('allocations:history', { plotId: details.id }, HISTORY);
  const active = history.status === 'ready' ? (history.value.find((entry) => entry.active) ?? null) : null;
  // The answer's change set has already reached the map, the lists and the dashboard.
  const done = () => setWhat(null);
  const forResidents = details.status !== 'infrastructure';

  return (
    <section className="plot-allocation" aria-label={t('allocation.title')}>
      {what === null && (
        <div className="form-actions">
          {active === null && forResidents && history.status === 'ready' && (
            <button type="button" className="primary" title={t('allocation.allocateHint')} onClick={() => setWhat('allocate')}>
              {t('allocation.allocate')}
            </button>
          )}
          {active !== null && (
            <button type="button" className="danger-outline" onClick={() => setWhat('end')}>
              {t('allocation.end')}
            </button>
          )}
          {!forResidents && active === null && <p className="empty">{t('allocation.notForResidents')}</p>}
        </div>
      )}
      {what === 'allocate' && <AllocationForm plotId={details.id} plotCode={details.code} onDone={done} onCancel={() => setWhat(null)} />}
      {what === 'end' && active !== null && <EndAllocationForm allocation={active} onDone={done} onCancel={() => setWhat(null)} />}
      <AllocationTimeline of={{ plotId: details.id }} title={t('allocation.history')} />
    </section>
  );
}
