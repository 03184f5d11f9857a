import { useTranslation } from 'react-i18next';
import type { ParkBalanceSheet } from '../../../shared/contract/reportViews';
import { formatMetres, formatNumber, formatSquareMetres } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';

/** Rail-served plots and each spur's length and plots; below, plots reaching into protection zones. */
export function RailCard({ sheet }: { readonly sheet: ParkBalanceSheet }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const served = sheet.railServedPlots;
  return (
    <section className="card card-rail" aria-label={t('dashboard.rail')}>
      <h3>{t('dashboard.rail')}</h3>
      <p className="big-figure">
        <strong>{formatNumber(served.count, locale)}</strong> {t('dashboard.railServed', { metres: formatNumber(sheet.railThresholdM, locale) })}
      </p>
      {served.codes.length > 0 && <p className="codes">{served.codes.join(', ')}</p>}
      <ul className="spurs">
        {sheet.railAccess.spurs.map((spur) => (
          <li key={spur.spurId}>
            <strong>{spur.name}</strong> <span className="muted">· {t('dashboard.spurLength', { length: formatMetres(spur.lengthM, locale) })}</span>
            <div className="muted">
              {spur.servedPlotCodes.length === 0 ? t('dashboard.servesNone') : t('dashboard.servesPlots', { codes: spur.servedPlotCodes.join(', ') })}
            </div>
          </li>
        ))}
      </ul>
      <h3 className="sub">{t('dashboard.zones')}</h3>
      {sheet.protectionZones.length === 0 ? (
        <p className="empty">{t('dashboard.noZoneConflicts')}</p>
      ) : (
        <>
          <p>{t('dashboard.zoneConflicts', { count: new Set(sheet.protectionZones.map((zone) => zone.plotId)).size })}</p>
          <ul className="zones">
            {sheet.protectionZones.slice(0, 8).map((zone) => (
              <li key={`${zone.plotId}-${zone.lineKind}-${zone.lineId}`}>
                {t('dashboard.zoneConflict', { plot: zone.plotCode, line: zone.lineName, area: formatSquareMetres(zone.overlapM2, locale) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
