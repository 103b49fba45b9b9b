import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/**
 * Picks what a new board starts from (a canvas template, a journey preset): radio choices with a
 * name and a description each, Cancel and Create, and room below for what the choice needs.
 */
export function StartingPointDialog(props: {
  title: string;
  createLabel: string;
  /** The radio group's name. */
  group: string;
  options: readonly { id: string; name: string; description: string }[];
  chosen: string;
  onChoose: (id: string) => void;
  onCreate: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      onSubmit={props.onCreate}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {props.createLabel}
          </button>
        </>
      }
    >
      <fieldset className="fieldset template-choices">
        <legend className="visually-hidden">{props.title}</legend>
        {props.options.map((option) => (
          <label key={option.id} className={`template-choice${option.id === props.chosen ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={props.group}
              value={option.id}
              checked={option.id === props.chosen}
              onChange={() => props.onChoose(option.id)}
            />
            <span>
              <span className="template-name">{option.name}</span>
              <span className="template-description">{option.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {props.children}
    </Dialog>
  );
}
