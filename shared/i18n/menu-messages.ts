import type { Language } from './languages';

/**
 * Labels of the native menu and the file dialogs. Main builds the menu before the renderer (and its
 * i18next catalogues) exists, so these live in their own small catalogue that main can import.
 */
export interface MenuMessages {
  file: string;
  newProject: string;
  open: string;
  saveCopy: string;
  exportPdf: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  reload: string;
  toggleDevTools: string;
  language: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  filterPdf: string;
  filterKartta: string;
  filterCsv: string;
  filterPng: string;
  filterSvg: string;
  filterImage: string;
}

export const menuMessages: Record<Language, MenuMessages> = {
  en: {
    file: 'File',
    newProject: 'New project',
    open: 'Open…',
    saveCopy: 'Save a copy…',
    exportPdf: 'Export PDF…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    toggleFullScreen: 'Toggle full screen',
    reload: 'Reload',
    toggleDevTools: 'Toggle developer tools',
    language: 'Language',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close window',
    help: 'Help',
    about: 'About Kartta',
    filterPdf: 'PDF document',
    filterKartta: 'Kartta project',
    filterCsv: 'CSV table',
    filterPng: 'PNG image',
    filterSvg: 'SVG image',
    filterImage: 'Image',
  },
  fi: {
    file: 'Tiedosto',
    newProject: 'Uusi projekti',
    open: 'Avaa…',
    saveCopy: 'Tallenna kopio…',
    exportPdf: 'Vie PDF…',
    quit: 'Lopeta',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    view: 'Näytä',
    zoomIn: 'Lähennä',
    zoomOut: 'Loitonna',
    resetZoom: 'Todellinen koko',
    toggleFullScreen: 'Koko näyttö päälle/pois',
    reload: 'Lataa uudelleen',
    toggleDevTools: 'Kehittäjätyökalut päälle/pois',
    language: 'Kieli',
    window: 'Ikkuna',
    minimize: 'Pienennä',
    close: 'Sulje ikkuna',
    help: 'Ohje',
    about: 'Tietoja Kartasta',
    filterPdf: 'PDF-asiakirja',
    filterKartta: 'Kartta-projekti',
    filterCsv: 'CSV-taulukko',
    filterPng: 'PNG-kuva',
    filterSvg: 'SVG-kuva',
    filterImage: 'Kuva',
  },
  sv: {
    file: 'Arkiv',
    newProject: 'Nytt projekt',
    open: 'Öppna…',
    saveCopy: 'Spara en kopia…',
    exportPdf: 'Exportera PDF…',
    quit: 'Avsluta',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Verklig storlek',
    toggleFullScreen: 'Helskärm av/på',
    reload: 'Läs in igen',
    toggleDevTools: 'Utvecklarverktyg av/på',
    language: 'Språk',
    window: 'Fönster',
    minimize: 'Minimera',
    close: 'Stäng fönstret',
    help: 'Hjälp',
    about: 'Om Kartta',
    filterPdf: 'PDF-dokument',
    filterKartta: 'Kartta-projekt',
    filterCsv: 'CSV-tabell',
    filterPng: 'PNG-bild',
    filterSvg: 'SVG-bild',
    filterImage: 'Bild',
  },
};
