import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textLanguages, type ProjectFields } from '../../../shared/model';
import { useServices } from '../../app/context';
import { useWrite } from '../../app/use-write';
import { saveProjectFields } from '../../store/edit-journal';
import type { ProjectRow } from '../../store/db';
import { ParticipantsEditor } from './ParticipantsEditor';
import { FacilitatorsEditor } from './FacilitatorsEditor';
import { TEXT_LANGUAGE_NAMES } from '../boards/TextLanguageSelect';

/** The project overview form: every change is written at once (no save button, no debounce). */
export function ProjectDetailsForm({ project }: { project: ProjectRow }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const write = useWrite();
  const [fields, setFields] = useState<ProjectFields>(() => ({
    title: project.title,
    organisation: project.organisation,
    goal: project.goal,
    startDate: project.startDate,
    endDate: project.endDate,
    facilitators: project.facilitators,
    participants: project.participants,
    language: project.language,
  }));

  const change = <K extends keyof ProjectFields>(key: K, value: ProjectFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    void write(saveProjectFields(db, project.id, { [key]: value }));
  };

  return (
    <>
      <h1 className="project-heading" lang={fields.language}>
        {fields.title || t('projects.untitled')}
      </h1>
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('overview.details')}</h2>
        <div className="form-grid">
          <label className="field field-wide">
            <span className="field-label">{t('overview.title')}</span>
            <input
              className="input"
              value={fields.title}
              lang={fields.language}
              maxLength={500}
              onChange={(e) => change('title', e.target.value)}
            />
          </label>
          <label className="field field-wide">
            <span className="field-label">{t('overview.organisation')}</span>
            <input
              className="input"
              value={fields.organisation}
              maxLength={500}
              onChange={(e) => change('organisation', e.target.value)}
            />
          </label>
          <label className="field field-full">
            <span className="field-label">{t('overview.goal')}</span>
            <textarea
              className="input textarea"
              rows={4}
              value={fields.goal}
              lang={fields.language}
              maxLength={20_000}
              onChange={(e) => change('goal', e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('overview.startDate')}</span>
            <input
              className="input"
              type="date"
              value={fields.startDate}
              onChange={(e) => change('startDate', e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('overview.endDate')}</span>
            <input
              className="input"
              type="date"
              value={fields.endDate}
              onChange={(e) => change('endDate', e.target.value)}
            />
          </label>
          {/* The help stays outside the label, so the select's name is the label's words alone. */}
          <div className="field field-wide">
            <label className="field-label" htmlFor="project-language">
              {t('overview.language')}
            </label>
            <select
              id="project-language"
              className="select"
              value={fields.language ?? ''}
              aria-describedby="project-language-help"
              onChange={(e) =>
                change(
                  'language',
                  textLanguages.find((lang) => lang === e.target.value),
                )
              }
            >
              <option value="">{t('overview.languageNotSet')}</option>
              {textLanguages.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {TEXT_LANGUAGE_NAMES[lang]}
                </option>
              ))}
            </select>
            <span id="project-language-help" className="field-help">
              {t('overview.languageHelp')}
            </span>
          </div>
        </div>
        <FacilitatorsEditor value={fields.facilitators} onChange={(v) => change('facilitators', v)} />
      </section>
      <ParticipantsEditor value={fields.participants} onChange={(v) => change('participants', v)} />
    </>
  );
}
