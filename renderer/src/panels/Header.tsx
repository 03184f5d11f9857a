import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkSummary } from '../../../shared/contract/views';
import type { ParkId } from '../../../shared/domain/ids';
import type { Locale } from '../../../shared/format/locale';
import { LanguageSwitch } from './LanguageSwitch';
import { ParkFigures } from './ParkFigures';
import { ParkSwitcher } from './ParkSwitcher';

interface HeaderProps {
  readonly parks: readonly ParkSummary[];
  readonly currentPark: ParkSummary | null;
  readonly onShowPark: (parkId: ParkId) => void;
  readonly onShowAll: () => void;
  readonly onLanguage: (locale: Locale) => void;
  /** The File button (New, Open, Save As, Recent). */
  readonly projectMenu?: ReactNode;
  /** The Sync button of a working copy (it shows nothing for a file not linked to a server). */
  readonly sync?: ReactNode;
}

export function Header({ parks, currentPark, onShowPark, onShowAll, onLanguage, projectMenu, sync }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      {/* The demo's warning takes the tagline's place under the name: the header keeps to one row at 1280 px. */}
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {currentPark?.illustrative ? (
          <span className="illustrative-badge" role="note" title={t('header.illustrativeHint')}>
            {t('header.illustrative')}
          </span>
        ) : (
          <span className="brand-tagline">{t('app.tagline')}</span>
        )}
      </div>
      {projectMenu}
      <ParkSwitcher parks={parks} currentParkId={currentPark?.id ?? null} onShowPark={onShowPark} onShowAll={onShowAll} />
      {currentPark && <ParkFigures park={currentPark} />}
      {sync}
      <LanguageSwitch onChange={onLanguage} />
    </header>
  );
}
