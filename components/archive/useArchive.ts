/** The archive service's state as component state (re-rendered on every change). */
import { useEffect, useState } from 'preact/hooks';
import type { ArchiveService, ArchiveState } from '../../lib/sidebar/archive-service';

export function useArchive(archive: ArchiveService): ArchiveState {
  const [state, setState] = useState(archive.state());
  useEffect(() => archive.subscribe(setState), [archive]);
  return state;
}
