/** The planner's views of the workspace, in the order of the tabs. */
export const WORKSPACE_VIEWS = ['plots', 'residents', 'cadastre', 'dashboard', 'table'] as const;
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

/** Views that cover the whole workspace; the map stays alive underneath so coming back is instant. */
export const isWideView = (view: WorkspaceView): boolean => view === 'dashboard' || view === 'table';

/** The tab an arrow key moves to, wrapping round, as the WAI-ARIA tabs pattern has it. */
export function neighbourView(current: WorkspaceView, key: string): WorkspaceView | null {
  const index = WORKSPACE_VIEWS.indexOf(current);
  const last = WORKSPACE_VIEWS.length - 1;
  const next =
    key === 'ArrowRight' ? (index === last ? 0 : index + 1)
    : key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
    : key === 'Home' ? 0
    : key === 'End' ? last
    : null;
  return next === null ? null : (WORKSPACE_VIEWS[next] ?? null);
}
