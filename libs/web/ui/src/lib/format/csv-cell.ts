/**
 * The text of a rendered table cell as it goes into a CSV export: white space collapsed and trimmed, and a whole
 * number shown with thousands separators (`4,721`, as the screens format counts with `toLocaleString('en-GB')`) written
 * without them (`4721`), so that spreadsheets and statistics tools (pandas, R) read it as a number. Anything else — a
 * label such as "suppressed (< 11)", a name with a comma, a percentage — is kept as shown.
 */
export function csvCellText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return /^-?\d{1,3}(,\d{3})+$/.test(collapsed) ? collapsed.replace(/,/g, '') : collapsed;
}
