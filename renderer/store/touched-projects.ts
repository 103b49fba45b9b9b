/**
 * Projects edited in this session (their fields or any of their boards): the automatic backup
 * looks only at these, instead of loading every project's boards every few minutes.
 */
const touched = new Set<string>();

export function markProjectTouched(projectId: string): void {
  touched.add(projectId);
}

export function touchedProjects(): string[] {
  return [...touched];
}

export function forgetTouched(projectId: string): void {
  touched.delete(projectId);
}
