import type { CadastreChannelMap } from '../../shared/contract/cadastreChannels';
import { createPlotsFromParcels, reconcileParkParcels } from '../services/cadastre/parcelPlots';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

/** ЕГРН parcels beside plots (issue 12): plots from parcels as one undoable edit, and the reconciliation. */
export function createCadastreHandlers({ store }: ServiceContext): Pick<HandlerMap, keyof CadastreChannelMap> {
  return {
    'parcels:createPlots': (request) => createPlotsFromParcels(store, request),
    'parcels:reconcile': ({ parkId }) => store.read(() => reconcileParkParcels(store, parkId)),
  };
}
