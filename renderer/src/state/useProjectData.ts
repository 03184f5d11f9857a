import { useEffect, useState } from 'react';
import type { MapLayers, ProjectSummary } from '../../../shared/contract/views';
import { getBridge } from '../bridge';

export type ProjectData =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly summary: ProjectSummary; readonly layers: MapLayers };

/** The project's summary and map layers, fetched once through the bridge. */
export function useProjectData(): ProjectData {
  const [data, setData] = useState<ProjectData>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const bridge = getBridge();
    void Promise.all([bridge.invoke('project:summary', {}), bridge.invoke('map:layers', {})]).then(([summary, layers]) => {
      if (!current) return;
      if (!summary.ok) setData({ status: 'failed', message: summary.error.message });
      else if (!layers.ok) setData({ status: 'failed', message: layers.error.message });
      else setData({ status: 'ready', summary: summary.value, layers: layers.value });
    });
    return () => {
      current = false;
    };
  }, []);
  return data;
}
