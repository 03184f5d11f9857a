import { useTranslation } from 'react-i18next';
import { StatusLegend } from '../panels/StatusLegend';
import { COLOUR_MODES, type ColourMode } from './plotColouring';
import { NO_RESIDENT_COLOR } from '../../../shared/style/residentPalette';

interface ColourByControlProps {
  readonly mode: ColourMode;
  readonly onMode: (mode: ColourMode) => void;
  /** The residents holding plots in the current park, each with its colour, in display order. */
  readonly residents: readonly (readonly [name: string, colour: string])[];
  /** The legend folded away, leaving the colour choice and a «Легенда» button (issue 11: room for the map). */
  readonly legendFolded: boolean;
  readonly onToggleLegend: () => void;
}

/** «Цвет участков: по статусу | по резиденту» in the map's corner, above the legend that goes with the choice. */
export function ColourByControl({ mode, onMode, residents, legendFolded, onToggleLegend }: ColourByControlProps) {
  const { t } = useTranslation();
  return (
    <div className="legend-stack">
      <div className="legend-controls">
        <div className="colour-by" role="group" aria-label={t('colourBy.label')}>
          <span className="colour-by-label" aria-hidden="true">
            {t('colourBy.label')}
          </span>
          {COLOUR_MODES.map((value) => (
            <button key={value} type="button" aria-pressed={value === mode} onClick={() => onMode(value)}>
              {t(`colourBy.${value}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="fold-toggle legend-toggle"
          aria-expanded={!legendFolded}
          title={t(legendFolded ? 'mapRoom.showLegend' : 'mapRoom.hideLegend')}
          onClick={onToggleLegend}
        >
          {t('mapRoom.legend')} <span aria-hidden="true">{legendFolded ? '▴' : '▾'}</span>
        </button>
      </div>
      {legendFolded ? null : mode === 'status' ? (
        <StatusLegend />
      ) : (
        <aside className="map-legend resident-legend" aria-label={t('colourBy.legendTitle')}>
          <h2>{t('colourBy.legendTitle')}</h2>
          <ul>
            {residents.map(([name, colour]) => (
              <li key={name} title={name}>
                <span className="legend-fill" aria-hidden="true" style={{ background: colour, borderColor: 'rgba(0,0,0,0.35)' }} />
                <span className="legend-name">{name}</span>
              </li>
            ))}
            <li>
              <span className="legend-fill" aria-hidden="true" style={{ background: NO_RESIDENT_COLOR, borderColor: 'rgba(0,0,0,0.25)' }} />
              <em>{t('colourBy.noResident')}</em>
            </li>
          </ul>
        </aside>
      )}
    </div>
  );
}
