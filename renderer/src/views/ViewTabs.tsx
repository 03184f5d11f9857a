import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { neighbourView, WORKSPACE_VIEWS, type WorkspaceView } from './workspaceViews';

interface ViewTabsProps {
  readonly current: WorkspaceView;
  readonly onChange: (view: WorkspaceView) => void;
}

export const viewPanelId = 'workspace-view';
export const viewTabId = (view: WorkspaceView): string => `view-tab-${view}`;

/** Plots | Residents | EGRN | Dashboard | Table: tabs after the WAI-ARIA pattern (arrows move, one tab stop). */
export function ViewTabs({ current, onChange }: ViewTabsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent) => {
    const next = neighbourView(current, event.key);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLButtonElement>(`#${viewTabId(next)}`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('views.label')} ref={list} onKeyDown={onKey}>
      {WORKSPACE_VIEWS.map((view) => (
        <button
          key={view}
          id={viewTabId(view)}
          type="button"
          role="tab"
          aria-selected={view === current}
          aria-controls={viewPanelId}
          tabIndex={view === current ? 0 : -1}
          onClick={() => onChange(view)}
        >
          {t(`views.${view}`)}
        </button>
      ))}
    </div>
  );
}
