/**
 * The records a widget shows, as rows and columns. One model drives both the
 * accessible table view and the CSV download, so they can never disagree.
 */
export interface TableColumn {
  label: string;
  /** Right-aligned in the table view. */
  numeric?: boolean;
}

export interface TableRow {
  id: string;
  /** What the table view shows, formatted for the reader's locale. */
  cells: string[];
  /** What the CSV holds: plain numbers and ISO dates, unformatted. */
  raw: (string | number | null)[];
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  /** Column names for the CSV (stable, machine-friendly). */
  csvColumns: string[];
  rows: TableRow[];
}
