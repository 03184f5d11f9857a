import type { Message } from '../messages/message';
import type { ParkId, PlotId, RailSpurId, UtilityLineId } from '../domain/ids';

/*
 * What the editing channels answer. Every edit answers with the journal's state after it, so the Undo
 * and Redo buttons never need a second round-trip.
 */

/** The undo/redo state of the open project (the journal lives in the file, shared by every window). */
export interface EditState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Label of the edit Undo would revert, e.g. "Split plot Р-12", worded where it is shown. */
  readonly undoLabel: Message | null;
  /** Label of the edit Redo would re-apply. */
  readonly redoLabel: Message | null;
  /** How many edits can be undone. */
  readonly depth: number;
}

export const PLOT_FINDING_KINDS = ['outside-boundary', 'overlap', 'self-intersection', 'duplicate-vertex', 'too-few-vertices'] as const;
export type PlotFindingKind = (typeof PLOT_FINDING_KINDS)[number];

/** One validation finding on a plot, flat for the plot list and the map. */
export interface PlotFinding {
  readonly plotId: PlotId;
  readonly kind: PlotFindingKind;
  /** The other plot of an overlap. */
  readonly otherPlotId?: PlotId;
  /** Overlap area (geodesic m²), or the area outside the park boundary (m² in the park's МСК where it has one). */
  readonly areaM2?: number;
  /** A sentence naming the plots by code, worded where it is shown. */
  readonly message: Message;
}

export interface PlotSaved {
  readonly plotId: PlotId;
  /** The saved plot's findings against its neighbours and the park boundary (empty when sound). */
  readonly findings: readonly PlotFinding[];
  readonly edit: EditState;
}

export interface PlotEdited {
  readonly plotId: PlotId;
  readonly edit: EditState;
}

export interface PlotsEdited {
  /** The resulting plots in order; the first keeps the original's id. */
  readonly plotIds: readonly PlotId[];
  readonly edit: EditState;
}

export interface EditDone {
  readonly edit: EditState;
}

export interface RailSpurCreated {
  readonly railSpurId: RailSpurId;
  readonly edit: EditState;
}

export interface UtilityLineCreated {
  readonly utilityLineId: UtilityLineId;
  readonly edit: EditState;
}

export interface ParkValidationView {
  readonly parkId: ParkId;
  readonly checkedPlots: number;
  readonly findings: readonly PlotFinding[];
}
