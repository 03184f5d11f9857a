import { memo, useCallback, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { ParkId } from '../../../shared/domain/ids';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import './exchange.css';

interface ExchangeMenuProps {
  readonly parkId: ParkId | null;
  readonly map: MapLibreMap | null;
  /** After a committed import: the map and the lists fetch again. */
  readonly onImported: () => void | Promise<void>;
}

/** The two buttons that open the export and import dialogs for the park on screen. */
export const ExchangeMenu = memo(function ExchangeMenu({ parkId, map, onImported }: ExchangeMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const title = parkId === null ? t('exchange.noPark') : undefined;
  return (
    <div className="exchange-menu">
      <button type="button" onClick={() => setOpen('export')} disabled={parkId === null} title={title}>{t('exchange.exportButton')}</button>
      <button type="button" onClick={() => setOpen('import')} disabled={parkId === null} title={title}>{t('exchange.importButton')}</button>
      {parkId !== null && open === 'export' && <ExportDialog parkId={parkId} onClose={close} />}
      {parkId !== null && open === 'import' && <ImportDialog parkId={parkId} map={map} onImported={onImported} onClose={close} />}
    </div>
  );
});
