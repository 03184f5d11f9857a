import { useTranslation } from 'react-i18next';
import { NETWORKS, type Network } from '../../../shared/domain/utility';
import type { EditState } from '../editing/editChannels';
import { useMessageText } from '../i18n/useMessageText';
import { DRAWING_TOOLS, TOOL_MESSAGE, type DrawingTool, type ToolbarAction } from './drawingTools';

const TOOL_GLYPH = {
  select: '↖',
  'draw-plot': '⬠',
  'draw-rectangle': '▭',
  'draw-rail-spur': '╫',
  'draw-utility-line': '⌁',
  'split-plot': '✂',
  'cut-hole': '◌',
  'merge-plots': '⊕',
  subdivide: '▥',
  measure: '⟷',
} as const satisfies Record<DrawingTool, string>;

const ACTION_GLYPH = { undo: '↶', redo: '↷', validate: '✓', shortcuts: '⌨' } as const satisfies Record<ToolbarAction, string>;

interface DrawingToolbarProps {
  readonly tool: DrawingTool;
  readonly editState: EditState;
  readonly busy: boolean;
  readonly snapping: boolean;
  readonly avoidOverlaps: boolean;
  readonly network: Network;
  /** "Cut hole" works on the selected plot only. */
  readonly plotSelected: boolean;
  readonly onTool: (tool: DrawingTool) => void;
  readonly onAction: (action: ToolbarAction) => void;
  readonly onSnapping: (on: boolean) => void;
  readonly onAvoidOverlaps: (on: boolean) => void;
  readonly onNetwork: (network: Network) => void;
}

/** The tools over the map: one pressed tool, the one-shot actions, and the drawing options. */
export function DrawingToolbar(props: DrawingToolbarProps) {
  const { t } = useTranslation();
  const word = useMessageText();
  const { editState, busy } = props;
  const action = (name: ToolbarAction, disabled: boolean, title?: string) => (
    <button
      type="button"
      className={`tool tool-${name}`}
      aria-label={t(`toolbar.${name}`)}
      title={title ?? t(`toolbar.${name}`)}
      disabled={disabled}
      onClick={() => props.onAction(name)}
    >
      <span aria-hidden="true">{ACTION_GLYPH[name]}</span>
    </button>
  );
  return (
    <div className="drawing-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="tool-group">
        {DRAWING_TOOLS.map((tool) => (
          <button
            key={tool}
            type="button"
            className={`tool tool-${tool}`}
            aria-label={t(`toolbar.${TOOL_MESSAGE[tool]}`)}
            title={t(`toolbar.${TOOL_MESSAGE[tool]}`)}
            aria-pressed={props.tool === tool}
            disabled={tool === 'cut-hole' && !props.plotSelected}
            onClick={() => props.onTool(tool)}
          >
            <span aria-hidden="true">{TOOL_GLYPH[tool]}</span>
          </button>
        ))}
      </div>
      <div className="tool-group">
        {action('undo', busy || !editState.canUndo, editState.undoLabel ? t('toolbar.undoWhat', { what: word(editState.undoLabel) }) : undefined)}
        {action('redo', busy || !editState.canRedo, editState.redoLabel ? t('toolbar.redoWhat', { what: word(editState.redoLabel) }) : undefined)}
        {action('validate', busy)}
        {action('shortcuts', false)}
      </div>
      <div className="tool-options">
        <label>
          <input type="checkbox" checked={props.snapping} onChange={(event) => props.onSnapping(event.target.checked)} />
          {t('toolbar.snapping')}
        </label>
        <label>
          <input type="checkbox" checked={props.avoidOverlaps} onChange={(event) => props.onAvoidOverlaps(event.target.checked)} />
          {t('toolbar.avoidOverlaps')}
        </label>
        {props.tool === 'draw-utility-line' && (
          <label>
            {t('toolbar.network')}
            <select value={props.network} onChange={(event) => props.onNetwork(event.target.value as Network)}>
              {NETWORKS.map((network) => (
                <option key={network} value={network}>
                  {t(`network.${network}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
