import { useCallback, useEffect, useState } from 'react';
import type { MapLayers, ProjectSummary } from '../../../shared/contract/views';
import { getBridge } from '../bridge';
import { useMessageText } from '../i18n/useMessageText';

export type ProjectData =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly summary: ProjectSummary;
      readonly layers: MapLayers;
      /** Counts the reloads: views that ask the bridge themselves ask again when it changes. */
      readonly revision: number;
      /** Fetches summary and layers again after an edit; the old ones stay on screen meanwhile. */
      readonly reload: () => void;
    };

type Loaded = { readonly status: 'loading' } | { readonly status: 'failed'; readonly message: string } | { readonly status: 'ready'; readonly summary: ProjectSummary; readonly layers: MapLayers };

/** The project's summary and map layers through the bridge: once at start, again on `reload()`. */
export function useProjectData(): ProjectData {
  const word = useMessageText();
  const [data, setData] = useState<Loaded>({ status: 'loading' });
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((current) => current + 1), []);
  useEffect(() => {
    let current = true;
    const bridge = getBridge();
    void Promise.all([bridge.invoke('project:summary', {}), bridge.invoke('map:layers', {})]).then(([summary, layers]) => {
      if (!current) return;
      if (!summary.ok) setData((previous) => (previous.status === 'ready' ? previous : { status: 'failed', message: word(summary.error) }));
      else if (!layers.ok) setData((previous) => (previous.status === 'ready' ? previous : { status: 'failed', message: word(layers.error) }));
      else setData({ status: 'ready', summary: summary.value, layers: layers.value });
    });
    return () => {
      current = false;
    };
  }, [revision]);
  return data.status === 'ready' ? { ...data, revision, reload } : data;
}
