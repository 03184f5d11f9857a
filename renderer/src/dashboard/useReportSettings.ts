import { useCallback, useState } from 'react';
import { DEFAULT_PROTECTION_ZONES, type ProtectionZoneTable } from '../../../shared/park/protectionZones';
import { DEFAULT_RAIL_THRESHOLD_M } from '../../../shared/park/railAccess';

export interface ReportSettingsState {
  readonly railThresholdM: number;
  readonly zones: ProtectionZoneTable;
}

// Kept for the window's lifetime, not the component's: switching to the map and back keeps the planner's
// figures. They are not saved in the project file (see the issue 4 report).
let session: ReportSettingsState = { railThresholdM: DEFAULT_RAIL_THRESHOLD_M, zones: DEFAULT_PROTECTION_ZONES };

/** The rail distance and protection-zone table the dashboard asks `park:report` with, for this session. */
export function useReportSettings() {
  const [settings, setSettings] = useState(session);
  const update = useCallback((patch: Partial<ReportSettingsState>) => {
    session = { ...session, ...patch };
    setSettings(session);
  }, []);
  return {
    ...settings,
    setRailThresholdM: useCallback((railThresholdM: number) => update({ railThresholdM }), [update]),
    setZones: useCallback((zones: ProtectionZoneTable) => update({ zones }), [update]),
  };
}
