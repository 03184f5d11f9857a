import { useTranslation } from 'react-i18next';
import type { ParkSummary } from '../../../shared/contract/views';
import type { ParkId } from '../../../shared/domain/ids';
import { shortParkName } from '../../../shared/format/parkName';

interface ParkSwitcherProps {
  readonly parks: readonly ParkSummary[];
  readonly currentParkId: ParkId | null;
  readonly onShowPark: (parkId: ParkId) => void;
  readonly onShowAll: () => void;
}

/** One button per park («Рязанский», «Карандаш») that flies the map to it, and one for all parks. */
export function ParkSwitcher({ parks, currentParkId, onShowPark, onShowAll }: ParkSwitcherProps) {
  const { t } = useTranslation();
  return (
    <nav className="park-switcher" aria-label={t('header.parks')}>
      {parks.map((park) => (
        <button
          key={park.id}
          type="button"
          title={t('header.showPark', { name: park.name })}
          aria-pressed={park.id === currentParkId}
          onClick={() => onShowPark(park.id)}
        >
          {shortParkName(park.name)}
        </button>
      ))}
      <button type="button" className="park-switcher-all" title={t('header.showAllHint')} onClick={onShowAll}>
        {t('header.showAll')}
      </button>
    </nav>
  );
}
