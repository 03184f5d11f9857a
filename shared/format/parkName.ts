/**
 * The short name planners call a park by: the quoted part of its full name, so «Индустриальный парк
 * «Рязанский»» becomes «Рязанский» on a button. A name without quotes is already short.
 *
 * @example
 * shortParkName('Индустриальный парк «Рязанский»') // 'Рязанский'
 * shortParkName('Technopark North') // 'Technopark North'
 */
export function shortParkName(fullName: string): string {
  const quoted = /«([^«»]+)»\s*$/.exec(fullName.trim()) ?? /"([^"]+)"\s*$/.exec(fullName.trim());
  return quoted?.[1]?.trim() || fullName.trim();
}
