import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, CsvTable } from '../../../shared/ecosystem/csv-import';

const PREVIEW_ROWS = 5;
const PREVIEW_CELL = 60;

/** A chosen file: read into a table, or refused as a whole (its issue is in the dialog's list). */
export type ChosenFile<F extends string> = { name: string } & (
  { table: CsvTable; columns: ColumnMapping<F> } | { table: null }
);

interface CsvFileSectionProps<F extends string> {
  heading: string;
  chooseLabel: string;
  fields: readonly F[];
  fieldLabel: (field: F) => string;
  file: ChosenFile<F> | null;
  busy: boolean;
  onChoose: () => void;
  onRemove: () => void;
  onColumns: (columns: ColumnMapping<F>) => void;
}

/** One file of a CSV import: the button that picks it, its first rows, and which column is what. */
export function CsvFileSection<F extends string>(props: CsvFileSectionProps<F>) {
  const { t } = useTranslation();
  const headingId = useId();
  const { file } = props;
  return (
    <section className="csv-file" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.heading}</h3>
      <div className="inline-row">
        <button type="button" className="button" aria-busy={props.busy} onClick={props.onChoose}>
          {props.busy ? t('csvImport.reading') : props.chooseLabel}
        </button>
        {file && (
          <button type="button" className="button button-quiet" onClick={props.onRemove}>
            {t('csvImport.removeFile', { name: file.name })}
          </button>
        )}
      </div>
      {!file && <p className="muted">{t('csvImport.noFile')}</p>}
      {file?.table && (
        <>
          <p>{t('csvImport.fileRows', { name: file.name, count: file.table.rows.length })}</p>
          <Preview table={file.table} caption={t('csvImport.preview', { name: file.name })} />
          <fieldset className="fieldset csv-columns">
            <legend>{t('csvImport.columns', { name: file.name })}</legend>
            {props.fields.map((field) => (
              <label key={field} className="field">
                <span className="field-label">{props.fieldLabel(field)}</span>
                <select
                  className="select"
                  value={file.columns[field] ?? ''}
                  onChange={(e) =>
                    props.onColumns({ ...file.columns, [field]: e.target.value === '' ? null : Number(e.target.value) })
                  }
                >
                  <option value="">{t('csvImport.notUsed')}</option>
                  {file.table.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || t('csvImport.columnN', { n: index + 1 })}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        </>
      )}
    </section>
  );
}

const clip = (text: string) => (text.length > PREVIEW_CELL ? `${text.slice(0, PREVIEW_CELL - 1)}…` : text);

/** The header and the first rows, as the file has them (before any mapping). */
function Preview({ table, caption }: { table: CsvTable; caption: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const columns = table.headers.length;
  return (
    // Scrolls sideways when the file is wide, so it takes focus for keyboard scrolling.
    <div className="csv-preview" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {table.headers.map((header, index) => (
              <th key={index} scope="col">
                {header || t('csvImport.columnN', { n: index + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              {Array.from({ length: columns }, (_, index) => (
                <td key={index}>{clip(row.cells[index] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
