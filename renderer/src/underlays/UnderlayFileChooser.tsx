import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../shared/contract/result';
import type { UnderlayAddRequest, UnderlayFolderEntry, UnderlayFolderListing } from '../../../shared/contract/underlayChannels';
import { getBridge } from '../bridge';
import { CADASTRAL_ZONE_KEYS, CADASTRAL_ZONES } from '../../../shared/crs/cadastralZones';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';

/*
 * The underlay chooser: the files of the planner's ParkPlan folder, browsed through the Node side (a page
 * in web mode sees no disk of its own, and may see only that folder). A basemap or GeoTIFF is added as
 * tiles; an image, or a TIFF the planner means as a scan, is added to be placed by control points.
 * Its own small component for now; the project-file chooser is a separate one (issue 13).
 */

const SCAN_EXTENSIONS = /\.(png|jpe?g|tiff?)$/i;
const TILE_EXTENSIONS = /\.(pmtiles|mbtiles|tiff?)$/i;

const sizeText = (bytes: number | null): string => (bytes === null ? '' : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`);

interface ChooserProps {
  /** The CRS a new scan's control points are typed in: the park's МСК. */
  readonly scanCrs: string;
  readonly onAdd: (request: UnderlayAddRequest) => Promise<boolean>;
  readonly onClose: () => void;
}

export function UnderlayFileChooser({ scanCrs, onAdd, onClose }: ChooserProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [folder, setFolder] = useState('');
  const [listing, setListing] = useState<UnderlayFolderListing | null>(null);
  const [chosen, setChosen] = useState<UnderlayFolderEntry | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // A GeoTIFF whose keys do not say its CRS (or say it wrong) is read in the one chosen here.
  const [tiffCrs, setTiffCrs] = useState('');
  const locale = useLocale();

  useEffect(() => {
    let current = true;
    void getBridge().invoke('underlays:browse', { folder }).then((result) => {
      if (!current) return;
      if (result.ok) setListing(result.value);
      else setFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [folder]);

  const add = async (request: UnderlayAddRequest) => {
    if (await onAdd(request)) onClose();
  };

  return (
    <div className="underlay-chooser" role="dialog" aria-label={t('underlays.chooser.title')}>
      <p className="hint">{t('underlays.chooser.where', { root: listing?.root ?? '…' })}</p>
      <p className="underlay-chooser-folder">{listing === null || listing.folder === '' ? '/' : `/${listing.folder}`}</p>
      <ul className="underlay-chooser-list" role="listbox" aria-label={t('underlays.chooser.files')}>
        {listing?.parent != null ? (
          <li><button type="button" onClick={() => setFolder(listing.parent ?? '')}>{t('underlays.chooser.up')}</button></li>
        ) : null}
        {listing?.entries.map((entry) => (
          <li key={entry.path} role="option" aria-selected={chosen?.path === entry.path}>
            <button
              type="button"
              className={entry.folder ? 'folder' : 'file'}
              onClick={() => (entry.folder ? (setFolder(entry.path), setChosen(null)) : setChosen(entry))}
            >
              {entry.folder ? `📁 ${entry.name}` : entry.name} <small>{sizeText(entry.size)}</small>
            </button>
          </li>
        ))}
        {listing?.entries.length === 0 ? <li className="hint">{t('underlays.chooser.empty')}</li> : null}
      </ul>
      {failure !== null ? <p role="alert" className="underlay-problem">{text(failure)}</p> : null}
      <label className="underlay-chooser-crs">
        {t('underlays.chooser.crs')}
        <select value={tiffCrs} onChange={(event) => setTiffCrs(event.target.value)}>
          <option value="">{t('underlays.chooser.crsOfFile')}</option>
          {CADASTRAL_ZONE_KEYS.map((key) => <option key={key} value={key}>{CADASTRAL_ZONES[key].label[locale]}</option>)}
        </select>
      </label>
      <div className="underlay-chooser-actions">
        <button type="button" disabled={chosen === null || !TILE_EXTENSIONS.test(chosen.name)} onClick={() => chosen && void add({ file: chosen.path, as: 'tiles', ...(tiffCrs === '' ? {} : { crs: tiffCrs }) })}>
          {t('underlays.chooser.asTiles')}
        </button>
        <button type="button" disabled={chosen === null || !SCAN_EXTENSIONS.test(chosen.name)} onClick={() => chosen && void add({ file: chosen.path, as: 'scan', crs: scanCrs })}>
          {t('underlays.chooser.asScan')}
        </button>
        <button type="button" onClick={onClose}>{t('underlays.chooser.cancel')}</button>
      </div>
    </div>
  );
}
