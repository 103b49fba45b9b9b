import { useRoute } from './router';
import { ProjectListPage } from '../features/projects/ProjectListPage';
import { ProjectOverviewPage } from '../features/projects/ProjectOverviewPage';
import { BoardPage } from '../features/boards/BoardPage';

export function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'projects':
      return <ProjectListPage />;
    case 'project':
      return <ProjectOverviewPage key={route.projectId} projectId={route.projectId} />;
    case 'board':
      return <BoardPage key={route.boardId} projectId={route.projectId} boardId={route.boardId} />;
  }
}
