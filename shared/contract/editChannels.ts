import { z } from 'zod';
import {
  parkIdSchema,
  plotAttributesUpdateSchema,
  plotCreateSchema,
  plotFromCoordinatesSchema,
  plotGeometryUpdateSchema,
  plotIdSchema,
  plotMergeSchema,
  plotSplitSchema,
  plotSubdivideSchema,
  railSpurCreateSchema,
  railSpurGeometryUpdateSchema,
  railSpurIdSchema,
  utilityLineCreateSchema,
  utilityLineGeometryUpdateSchema,
  utilityLineIdSchema,
  type ParkIdRequest,
  type PlotAttributesUpdateRequest,
  type PlotCreateRequest,
  type PlotFromCoordinatesRequest,
  type PlotGeometryUpdateRequest,
  type PlotIdRequest,
  type PlotMergeRequest,
  type PlotSplitRequest,
  type PlotSubdivideRequest,
  type RailSpurCreateRequest,
  type RailSpurGeometryUpdateRequest,
  type RailSpurIdRequest,
  type UtilityLineCreateRequest,
  type UtilityLineGeometryUpdateRequest,
  type UtilityLineIdRequest,
} from './editRequests';
import type {
  EditDone,
  EditState,
  ParkValidationView,
  PlotEdited,
  PlotSaved,
  PlotsEdited,
  RailSpurCreated,
  UtilityLineCreated,
} from './editViews';

/** The drawing and editing channels (issue 3), merged into ChannelMap by channels.ts. */
export interface EditChannelMap {
  'plots:create': [PlotCreateRequest, PlotSaved];
  'plots:updateGeometry': [PlotGeometryUpdateRequest, PlotSaved];
  'plots:updateAttributes': [PlotAttributesUpdateRequest, PlotEdited];
  'plots:delete': [PlotIdRequest, EditDone];
  'plots:split': [PlotSplitRequest, PlotsEdited];
  'plots:merge': [PlotMergeRequest, PlotEdited];
  'plots:subdivide': [PlotSubdivideRequest, PlotsEdited];
  'plots:fromCoordinates': [PlotFromCoordinatesRequest, PlotSaved];
  'railSpurs:create': [RailSpurCreateRequest, RailSpurCreated];
  'railSpurs:updateGeometry': [RailSpurGeometryUpdateRequest, EditDone];
  'railSpurs:delete': [RailSpurIdRequest, EditDone];
  'utilityLines:create': [UtilityLineCreateRequest, UtilityLineCreated];
  'utilityLines:updateGeometry': [UtilityLineGeometryUpdateRequest, EditDone];
  'utilityLines:delete': [UtilityLineIdRequest, EditDone];
  'edits:state': [Record<string, never>, EditState];
  'edits:undo': [Record<string, never>, EditState];
  'edits:redo': [Record<string, never>, EditState];
  'park:validate': [ParkIdRequest, ParkValidationView];
}

const empty = z.object({}).strict();

export const editRequestSchemas: { readonly [C in keyof EditChannelMap]: z.ZodType<EditChannelMap[C][0], unknown> } = {
  'plots:create': plotCreateSchema,
  'plots:updateGeometry': plotGeometryUpdateSchema,
  'plots:updateAttributes': plotAttributesUpdateSchema,
  'plots:delete': plotIdSchema,
  'plots:split': plotSplitSchema,
  'plots:merge': plotMergeSchema,
  'plots:subdivide': plotSubdivideSchema,
  'plots:fromCoordinates': plotFromCoordinatesSchema,
  'railSpurs:create': railSpurCreateSchema,
  'railSpurs:updateGeometry': railSpurGeometryUpdateSchema,
  'railSpurs:delete': railSpurIdSchema,
  'utilityLines:create': utilityLineCreateSchema,
  'utilityLines:updateGeometry': utilityLineGeometryUpdateSchema,
  'utilityLines:delete': utilityLineIdSchema,
  'edits:state': empty,
  'edits:undo': empty,
  'edits:redo': empty,
  'park:validate': parkIdSchema,
};
