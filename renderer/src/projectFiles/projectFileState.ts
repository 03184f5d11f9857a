import { useEffect, useState } from 'react';
import type { ProjectFileState } from '../../../shared/contract/projectFileChannels';
import type { Failure } from '../../../shared/contract/result';
import { getBridge } from '../bridge';

/*
 * Which file the window works on (issue 11). New, Open, Save As and Repair replace the project on the Node
 * side; the window then starts again on the new one, as a fresh page: every view, the undo state and the
 * map are the new file's, and nothing of the old one lingers.
 */

export type ProjectFileLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: Failure }
  | { readonly status: 'ready'; readonly state: ProjectFileState };

let startingAgain = false;

/** Starts the window again on the project now open (once, however many answers and pushes ask for it). */
export function startAgainOnOpenedProject(): void {
  if (startingAgain) return;
  startingAgain = true;
  window.location.reload();
}

/** The project file's state, read at start; another file opened (here, in another window, from the File menu) starts the window again. */
export function useProjectFileState(): ProjectFileLoad {
  const [load, setLoad] = useState<ProjectFileLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void getBridge()
      .invoke('projectFiles:state', {})
      .then((result) => {
        if (live) setLoad(result.ok ? { status: 'ready', state: result.value } : { status: 'failed', failure: result.error });
      });
    const stop = getBridge().onProjectEvent((event) => {
      if (event.kind === 'opened') startAgainOnOpenedProject();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return load;
}
