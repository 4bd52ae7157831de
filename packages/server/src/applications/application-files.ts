import { registerFileAccess } from '../files/file-access.js';
import { ApplicationLoaders } from './application-loaders.js';
import { canRead } from './application-rights.js';

/**
 * Files of applications (their annexes) are attached to the application, and downloaded by whoever
 * may read it: the representatives of its lead and of co-proposers who accepted, and staff. A
 * removed annex's file stays attached, so a frozen version that names it can still be shown.
 */
export const applicationFiles = registerFileAccess('application', async (scope, applicationId) => {
  const application = await scope.get(ApplicationLoaders).applicationById.load(applicationId);
  return application !== null && canRead(scope.viewer, application);
});
