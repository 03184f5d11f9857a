import type { EditChannelMap } from '../../shared/contract/editChannels';
import { plotFromCoordinates } from '../services/io/import/coordinateImport';
import { editState, redoEdit, undoEdit } from '../services/journal/editJournal';
import {
  createRailSpur,
  createUtilityLine,
  deleteRailSpur,
  deleteUtilityLine,
  updateRailSpurGeometry,
  updateUtilityLineGeometry,
} from '../services/utilities/lineEditing';
import { validateParkPlots } from '../services/parks/parkValidation';
import { updatePlotAttributes } from '../services/plots/plotAttributes';
import { createPlot, deletePlot, updatePlotGeometry } from '../services/plots/plotEditing';
import { mergePlots, splitPlot, subdividePlot } from '../services/plots/plotReshaping';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** Drawing and editing (issue 3): every edit one transaction with its undo journal entry. */
export function createEditingHandlers({ store, today }: ServiceContext): Pick<HandlerMap, keyof EditChannelMap> {
  return {
    'plots:create': (request) => createPlot(store, request),
    'plots:updateGeometry': (request) => updatePlotGeometry(store, request),
    'plots:updateAttributes': (request) => updatePlotAttributes(store, request),
    'plots:delete': (request) => deletePlot(store, request, today()),
    'plots:split': (request) => splitPlot(store, request, today()),
    'plots:merge': (request) => mergePlots(store, request, today()),
    'plots:subdivide': (request) => subdividePlot(store, request, today()),
    'plots:fromCoordinates': (request) => plotFromCoordinates(store, request),
    'railSpurs:create': (request) => createRailSpur(store, request),
    'railSpurs:updateGeometry': (request) => updateRailSpurGeometry(store, request),
    'railSpurs:delete': (request) => deleteRailSpur(store, request),
    'utilityLines:create': (request) => createUtilityLine(store, request),
    'utilityLines:updateGeometry': (request) => updateUtilityLineGeometry(store, request),
    'utilityLines:delete': (request) => deleteUtilityLine(store, request),
    'edits:state': () => editState(store),
    'edits:undo': () => undoEdit(store),
    'edits:redo': () => redoEdit(store),
    'park:validate': ({ parkId }) => store.read(() => validateParkPlots(store, parkId)),
  };
}
