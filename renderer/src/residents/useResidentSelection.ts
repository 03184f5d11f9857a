import { useCallback, useState } from 'react';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { ResidentId } from '../../../shared/domain/ids';
import type { Resident } from '../../../shared/domain/resident';
import { useBridgeQuery } from '../views/useBridgeQuery';

/** What the card shows instead of a resident's facts: the form for a new resident or for the selected one. */
export type ResidentEditing = 'new' | 'edit' | null;

/**
 * The residents view's own state: the resident picked in the registry and whether a form is open. The
 * card reads the picked resident from the registry's latest answer, so plots allocated elsewhere show up.
 */
export function useResidentSelection() {
  const [selectedId, setSelectedId] = useState<ResidentId | null>(null);
  const [editing, setEditing] = useState<ResidentEditing>(null);
  const registry = useBridgeQuery('residents:list', {}, ['residents', 'allocations']);
  const selected: ResidentListItem | null =
    registry.status === 'ready' ? (registry.value.find((resident) => resident.id === selectedId) ?? null) : null;
  const select = useCallback((resident: Pick<Resident, 'id'>) => {
    setSelectedId(resident.id);
    setEditing(null);
  }, []);
  const saved = useCallback(
    (resident: Resident) => {
      setSelectedId(resident.id);
      setEditing(null);
    },
    [],
  );
  return {
    selectedId,
    selected,
    editing,
    select,
    saved,
    create: useCallback(() => setEditing('new'), []),
    edit: useCallback(() => setEditing('edit'), []),
    cancel: useCallback(() => setEditing(null), []),
    close: useCallback(() => {
      setSelectedId(null);
      setEditing(null);
    }, []),
  };
}
